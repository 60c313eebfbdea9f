import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { describeIncidentStoreContract } from './incidents.contract.ts';
import { openPgliteIncidentStore, openPostgresIncidentStore, openSqliteIncidentStore } from './open-incident-store.ts';
import { openPgliteStore } from './postgres/open-pglite-store.ts';
import { openPostgresStore } from './postgres/open-postgres-store.ts';
import { openSqliteStore } from './sqlite/open-sqlite-store.ts';
import { serverSchemas } from '../test-support/server-schemas.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-incidents-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeIncidentStoreContract('SQLite (temp file)', async (now) => {
  const file = join(dir, `store-${(n += 1)}.db`);
  const events = await openSqliteStore({ file, now });
  return { events, incidents: await openSqliteIncidentStore({ file, now }) };
});

const serverUrl = process.env.SITREP_TEST_DATABASE_URL?.trim();
if (serverUrl) {
  const nextSchema = serverSchemas(serverUrl, 'i');
  describeIncidentStoreContract('PostgreSQL server', async (now) => {
    const schema = nextSchema();
    const events = await openPostgresStore({ url: serverUrl, schema, now });
    return { events, incidents: await openPostgresIncidentStore({ url: serverUrl, schema, now }) };
  });
} else {
  const pglite = await loadPglite();
  if (typeof pglite === 'string') {
    describe.skip(`IncidentStore contract: PostgreSQL (${pglite})`, () => {
      it('needs SITREP_TEST_DATABASE_URL or PGlite', () => undefined);
    });
  } else {
    describeIncidentStoreContract('PostgreSQL on PGlite', async (now) => {
      const events = await openPgliteStore(pglite, { schema: `s${(n += 1)}`, now });
      return { events, incidents: await openPgliteIncidentStore(pglite, { now }) };
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
