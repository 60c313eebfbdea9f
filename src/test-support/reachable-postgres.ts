/**
 * The PostgreSQL server for tests that need a real one (PGlite cannot host them): SITREP_TEST_DATABASE_URL,
 * else the CI cluster's address on this machine. Unreachable means skipped, with the reason, except under CI,
 * where a missing server is a failure.
 */
export const LOCAL_TEST_DATABASE_URL = 'postgres://sitrep_ci:sitrep_ci@127.0.0.1:5432/sitrep_ci';

export type Reachable = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: string };

export async function reachablePostgres(env: NodeJS.ProcessEnv = process.env): Promise<Reachable> {
  const url = env.SITREP_TEST_DATABASE_URL?.trim() || LOCAL_TEST_DATABASE_URL;
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true, url };
  } catch (error) {
    const reason = `no PostgreSQL server at ${url.replace(/:[^:@/]*@/, ':***@')} (${error instanceof Error ? error.message : String(error)})`;
    if (env.CI) throw new Error(`${reason}; CI must provide one (SITREP_TEST_DATABASE_URL)`);
    return { ok: false, reason };
  } finally {
    await client.end().catch(() => undefined);
  }
}
