import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { serverSchemas } from '../test-support/server-schemas.ts';
import { describeJobQueueContract } from './job-queue.contract.ts';
import { openPostgresJobQueue } from './postgres-job-queue.ts';
import { openSqliteJobQueue } from './sqlite-job-queue.ts';
import { reachablePostgres } from '../test-support/reachable-postgres.ts';

/** The job queue contract on a SQLite file (liteque) and on the PostgreSQL server (pg-boss; PGlite cannot host it). */
const dir = mkdtempSync(join(tmpdir(), 'sitrep-queue-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

describeJobQueueContract('SQLite (plainjob)', () => {
  const file = join(dir, `queue-${(files += 1)}.db`);
  return async (retry) => openSqliteJobQueue({ file, retry, pollMs: 50 });
});

const server = await reachablePostgres();
if (server.ok) {
  const nextSchema = serverSchemas(server.url, 'q');
  describeJobQueueContract('PostgreSQL server (pg-boss)', () => {
    const schema = nextSchema();
    return async (retry) => openPostgresJobQueue({ url: server.url, schema, retry });
  });
} else {
  console.warn(`JobQueue contract on PostgreSQL skipped: ${server.reason}`);
  describe.skip(`JobQueue contract: PostgreSQL (${server.reason})`, () => {
    it('needs a PostgreSQL server', () => undefined);
  });
}
