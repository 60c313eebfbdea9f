import type { Command } from 'commander';
import { ROLES, RoleSchema, type AccessStore } from '../store/access/access.ts';
import { openStores } from '../store/open-store.ts';
import { dataDirOf } from './open-reader.ts';

/** Opens the access store of the data directory's database for one command, and closes it after. */
export async function withAccess(command: Command, work: (access: AccessStore) => Promise<void>): Promise<void> {
  const stores = await openStores({ dataDir: dataDirOf(command.optsWithGlobals()), databaseUrl: process.env.SITREP_DATABASE_URL });
  try {
    await work(stores.access);
  } finally {
    await stores.store.close();
  }
}

export function registerUsers(program: Command): void {
  const users = program.command('users').description('people who may use the API, each with a role: viewer < analyst < admin');
  users
    .command('add')
    .argument('<name>')
    .requiredOption('--role <role>', ROLES.join(' | '))
    .description('add a user')
    .action(async (name: string, opts: { role: string }, command: Command) => {
      const role = RoleSchema.safeParse(opts.role);
      if (!role.success) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
      await withAccess(command, async (access) => {
        const user = await access.addUser(name, role.data);
        process.stdout.write(`added ${user.name} (${user.role}); create a token with: sitrep tokens create ${user.name}\n`);
      });
    });
  users
    .command('list')
    .description('list users and their live tokens')
    .action(async (_opts: unknown, command: Command) => {
      await withAccess(command, async (access) => {
        const tokens = await access.listTokens();
        for (const user of await access.listUsers()) {
          const live = tokens.filter((t) => t.user === user.name && t.revoked_at === null).map((t) => t.id);
          process.stdout.write(`${user.name}\t${user.role}\t${user.created_at}\t${live.length === 0 ? '(no live token)' : live.join(' ')}\n`);
        }
      });
    });
}
