import type { TimelineBucket } from '../store.ts';
import { OTHER_KEYS } from '../timeline-keys.ts';
import type { SqlConnection } from './sql-connection.ts';

/**
 * Actors are grouped by their key (the name in lower case, so that "Rapid Support Forces" and "Rapid
 * support forces" are one actor); a timeline shows each by the name of the first event stored with it.
 * One indexed look-up per key, so callers cut the keys to a few first (`keepTopKeys`).
 */
export async function actorNames(conn: SqlConnection, keys: Iterable<string>): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const key of keys) {
    const [row] = await conn.all<{ record: string }>(
      'SELECT r.record FROM events e JOIN event_records r ON r.row_id = e.row_id WHERE e.actor1_key = ? ORDER BY e.row_id LIMIT 1',
      [key],
    );
    const name = row ? (JSON.parse(row.record) as { actor1?: unknown }).actor1 : undefined;
    names.set(key, typeof name === 'string' ? name : key);
  }
  return names;
}

/** The buckets with each actor key replaced by the actor's name (the folded `OTHER_KEYS` and null kept). */
export async function namedByActor(conn: SqlConnection, buckets: readonly TimelineBucket[]): Promise<TimelineBucket[]> {
  const keys = new Set(buckets.flatMap((b) => (b.key === null || b.key === OTHER_KEYS ? [] : [b.key])));
  const names = await actorNames(conn, keys);
  return buckets.map((b) => (b.key === null || b.key === OTHER_KEYS ? b : { ...b, key: names.get(b.key)! }));
}
