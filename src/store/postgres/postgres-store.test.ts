import { afterAll, describe, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { describeEventStoreContract } from '../store.contract.ts';
import { openPgliteStore } from './open-pglite-store.ts';
import { openPostgresStore } from './open-postgres-store.ts';
import { describeVersion1Upgrade } from '../version-1-upgrade.contract.ts';
import { pgConnection } from './pg-connection.ts';
import { pgliteConnection } from './pglite-connection.ts';
import { POSTGRES_DIALECT } from './postgres-dialect.ts';
import { serverSchemas } from '../../test-support/server-schemas.ts';

/**
 * The PostgreSQL store against a real server when SITREP_TEST_DATABASE_URL is set (CI sets it), else
 * against PGlite in process, else skipped with the reason printed. Each test gets a schema of its own.
 */
const serverUrl = process.env.SITREP_TEST_DATABASE_URL?.trim();
let n = 0;

if (serverUrl) {
  const nextSchema = serverSchemas(serverUrl, 't');
  describeEventStoreContract('PostgreSQL server', (now) => openPostgresStore({ url: serverUrl, schema: nextSchema(), now }));
  describeVersion1Upgrade('PostgreSQL server', async () => {
    const pg = (await import('pg')).default;
    const schema = nextSchema();
    return {
      connect: async (only1) => {
        const pool = new pg.Pool({ connectionString: serverUrl, max: 1 });
        await pool.query(`CREATE SCHEMA ${schema}`);
        await pool.end();
        return pgConnection(new pg.Pool({ connectionString: serverUrl, max: 1, options: `-c search_path=${schema}` }), only1(POSTGRES_DIALECT));
      },
      reopen: () => openPostgresStore({ url: serverUrl, schema }),
    };
  });
} else {
  const pglite = await loadPglite();
  if (typeof pglite === 'string') {
    console.warn(`PostgreSQL store contract skipped: ${pglite}`);
    describe.skip(`EventStore contract: PostgreSQL (${pglite})`, () => {
      it('needs SITREP_TEST_DATABASE_URL or PGlite', () => undefined);
    });
  } else {
    console.warn('PostgreSQL store contract runs on PGlite: set SITREP_TEST_DATABASE_URL to run it against a server');
    describeEventStoreContract('PostgreSQL on PGlite', (now) => openPgliteStore(pglite, { schema: `s${(n += 1)}`, now }));
    describeEventStoreContract('PostgreSQL on PGlite, ordered plans only, no snapshot', (now) => openPgliteStore(pglite, { schema: `s${(n += 1)}`, now, driveBelow: 0, listBelow: 0, snapshotMaxEvents: 0 }));
    describeVersion1Upgrade('PostgreSQL on PGlite', async () => {
      const schema = `legacy${(n += 1)}`;
      await pglite.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
      return {
        connect: async (only1) => pgliteConnection(pglite, only1(POSTGRES_DIALECT), { ownsInstance: false }),
        reopen: () => openPgliteStore(pglite, { schema }),
      };
    });
    afterAll(() => pglite.close());
  }
}

async function loadPglite(): Promise<PGlite | string> {
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    return await PGlite.create();
  } catch (error) {
    return `PGlite could not start (${error instanceof Error ? error.message : String(error)})`;
  }
}
