import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashToken, issueToken } from './access-token.ts';
import { AccessError, type AccessStore } from './access.ts';

/**
 * What every AccessStore must do, run against each engine. `open` returns a new, empty store and a
 * function that closes it.
 */
export function describeAccessStoreContract(engine: string, open: () => Promise<{ access: AccessStore; close: () => Promise<void> }>): void {
  describe(`AccessStore contract: ${engine}`, () => {
    let access: AccessStore;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ access, close } = await open());
    });
    afterEach(async () => {
      await close();
    });

    it('adds users once each, and lists them by name', async () => {
      await access.addUser('maya', 'analyst');
      await access.addUser('ali', 'admin');
      await expect(access.addUser('maya', 'viewer')).rejects.toThrow(AccessError);
      await expect(access.addUser('no spaces', 'viewer')).rejects.toThrow(/user name/);
      expect((await access.listUsers()).map((u) => [u.name, u.role])).toEqual([['ali', 'admin'], ['maya', 'analyst']]);
    });

    it('finds the holder of a live token by its hash and never stores the secret', async () => {
      await access.addUser('maya', 'analyst');
      const { info, secret } = await issueToken(access, 'maya');
      expect(secret).toMatch(/^sitrep_[A-Za-z0-9_-]{43}$/);
      expect(await access.holderOf(hashToken(secret))).toMatchObject({ token_id: info.id, user: { name: 'maya', role: 'analyst' } });
      expect(await access.holderOf(hashToken(`${secret}x`))).toBeNull();
      expect(await access.holderOf(secret)).toBeNull();
      const listed = await access.listTokens();
      expect(listed).toEqual([info]);
      expect(JSON.stringify(listed)).not.toContain(secret);
    });

    it('refuses a token for an unknown user', async () => {
      await expect(issueToken(access, 'ghost')).rejects.toThrow(/no user named ghost/);
      expect(await access.listTokens()).toEqual([]);
    });

    it('revokes a token once; a revoked token lets nobody in', async () => {
      await access.addUser('maya', 'viewer');
      const first = await issueToken(access, 'maya');
      const second = await issueToken(access, 'maya');
      expect(await access.revokeToken(first.info.id)).toBe(true);
      expect(await access.revokeToken(first.info.id)).toBe(false);
      expect(await access.revokeToken('tok_unknown')).toBe(false);
      expect(await access.holderOf(hashToken(first.secret))).toBeNull();
      expect((await access.holderOf(hashToken(second.secret)))?.token_id).toBe(second.info.id);
      const revoked = (await access.listTokens()).find((t) => t.id === first.info.id);
      expect(revoked?.revoked_at).toEqual(expect.any(String));
    });
  });
}
