import { afterAll } from 'vitest';

/**
 * Fresh schema names on the test PostgreSQL server for one test file: each call gives the next, and every one
 * handed out is dropped when the file's tests end, so runs never see each other's tables.
 */
export function serverSchemas(serverUrl: string, prefix: string): () => string {
  const run = `${prefix}${Date.now().toString(36)}${process.pid}`;
  const made: string[] = [];
  afterAll(async () => {
    if (made.length === 0) return;
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    for (const schema of made) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });
  return () => {
    const schema = `${run}_${made.length + 1}`;
    made.push(schema);
    return schema;
  };
}
