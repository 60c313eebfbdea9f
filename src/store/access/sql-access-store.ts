import type { SqlConnection } from '../sql/sql-connection.ts';
import { AccessError, RoleSchema, UserNameSchema, type AccessStore, type TokenInfo, type User } from './access.ts';

interface TokenRow {
  readonly id: string;
  readonly user_name: string;
  readonly created_at: string;
  readonly revoked_at: string | null;
}

const tokenInfo = (row: TokenRow): TokenInfo => ({ id: row.id, user: row.user_name, created_at: row.created_at, revoked_at: row.revoked_at });

/**
 * Users and tokens in the event store's own database (tables of migration 2), on its connection: one
 * file or one server to back up, and nothing else to configure.
 */
export function sqlAccessStore(conn: SqlConnection, now: () => Date = () => new Date()): AccessStore {
  return {
    async addUser(name, role) {
      const checked = UserNameSchema.safeParse(name);
      if (!checked.success) throw new AccessError(checked.error.issues[0]!.message);
      RoleSchema.parse(role);
      const user: User = { name, role, created_at: now().toISOString() };
      return conn.transaction(async (tx) => {
        const taken = await tx.all('SELECT name FROM users WHERE name = ?', [name]);
        if (taken.length > 0) throw new AccessError(`user ${name} already exists`);
        await tx.run('INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)', [user.name, user.role, user.created_at]);
        return user;
      });
    },

    async listUsers() {
      const rows = await conn.all<User>('SELECT name, role, created_at FROM users ORDER BY name');
      return rows.map((r) => ({ name: r.name, role: RoleSchema.parse(r.role), created_at: r.created_at }));
    },

    async addToken(token) {
      const created_at = now().toISOString();
      return conn.transaction(async (tx) => {
        const user = await tx.all('SELECT name FROM users WHERE name = ?', [token.user]);
        if (user.length === 0) throw new AccessError(`no user named ${token.user}`);
        const clash = await tx.all('SELECT id FROM api_tokens WHERE id = ? OR token_hash = ?', [token.id, token.hash]);
        if (clash.length > 0) throw new AccessError('token id or secret already stored');
        await tx.run('INSERT INTO api_tokens (id, user_name, token_hash, created_at, revoked_at) VALUES (?, ?, ?, ?, NULL)', [
          token.id,
          token.user,
          token.hash,
          created_at,
        ]);
        return { id: token.id, user: token.user, created_at, revoked_at: null };
      });
    },

    async listTokens() {
      const rows = await conn.all<TokenRow>('SELECT id, user_name, created_at, revoked_at FROM api_tokens ORDER BY created_at, id');
      return rows.map(tokenInfo);
    },

    async revokeToken(id) {
      return conn.transaction(async (tx) => {
        const live = await tx.all('SELECT id FROM api_tokens WHERE id = ? AND revoked_at IS NULL', [id]);
        if (live.length === 0) return false;
        await tx.run('UPDATE api_tokens SET revoked_at = ? WHERE id = ?', [now().toISOString(), id]);
        return true;
      });
    },

    async holderOf(hash) {
      const rows = await conn.all<{ token_id: string; name: string; role: string; created_at: string }>(
        `SELECT t.id AS token_id, u.name, u.role, u.created_at FROM api_tokens t JOIN users u ON u.name = t.user_name
         WHERE t.token_hash = ? AND t.revoked_at IS NULL`,
        [hash],
      );
      const row = rows[0];
      return row ? { token_id: row.token_id, user: { name: row.name, role: RoleSchema.parse(row.role), created_at: row.created_at } } : null;
    },
  };
}
