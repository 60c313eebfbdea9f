import type { Command } from 'commander';
import { issueToken } from '../store/access/access-token.ts';
import { withAccess } from './users.ts';

export function registerTokens(program: Command): void {
  const tokens = program.command('tokens').description('bearer tokens for the API (stored hashed: shown once, when created)');
  tokens
    .command('create')
    .argument('<user>')
    .description('create a token for a user and print it once')
    .action(async (user: string, _opts: unknown, command: Command) => {
      await withAccess(command, async (access) => {
        const { info, secret } = await issueToken(access, user);
        process.stderr.write(`created token ${info.id} for ${info.user}; it is not stored in clear and cannot be shown again:\n`);
        process.stdout.write(`${secret}\n`);
      });
    });
  tokens
    .command('revoke')
    .argument('<id>')
    .description('revoke a token by its id (tok_…)')
    .action(async (id: string, _opts: unknown, command: Command) => {
      await withAccess(command, async (access) => {
        if (!(await access.revokeToken(id))) throw new Error(`no live token ${id} (see sitrep tokens list)`);
        process.stdout.write(`revoked ${id}\n`);
      });
    });
  tokens
    .command('list')
    .description('list tokens: id, user, created, revoked')
    .action(async (_opts: unknown, command: Command) => {
      await withAccess(command, async (access) => {
        for (const t of await access.listTokens()) process.stdout.write(`${t.id}\t${t.user}\t${t.created_at}\t${t.revoked_at ?? 'live'}\n`);
      });
    });
}
