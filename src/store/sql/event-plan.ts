import type { Clause, EventConditions, Narrowing } from './event-where.ts';
import type { SqlExecutor, SqlValue } from './sql-connection.ts';

/**
 * Chooses how a filtered, newest-first query finds its rows. Either an index in (sort_date, id) order is
 * walked and every row checked, which is quick when many rows pass, or one narrowing filter lists its
 * few candidates, which are checked and sorted, which is quick when few pass. The crossover sits near
 * sqrt(page * table) candidates; counting up to that bound costs a bounded index read per filter.
 * Engines' own planners guess this badly without statistics on the side tables, hence the choice here.
 */
export const DRIVE_BELOW = 10_000;
/** Sets at most this large are listed once for the check (`Narrowing.listed`); larger ones are sought per row. */
export const LIST_BELOW = 40_000;

export interface EventPlan {
  readonly where: Clause;
  /** The narrowing filter whose candidates drive the query; null when an ordered index does. */
  readonly driver: Narrowing['filter'] | null;
  /** The filters checked against their set listed once rather than per row. */
  readonly listed: readonly Narrowing['filter'][];
}

export async function planEvents(exec: SqlExecutor, conditions: EventConditions, driveBelow = DRIVE_BELOW, listBelow = LIST_BELOW): Promise<EventPlan> {
  let driver: Narrowing | null = null;
  let best = 1;
  for (const narrowing of conditions.narrowing) {
    // A filter whose check is dear drives with more candidates: its bound grows by that cost.
    const bound = Math.max(1, Math.floor(driveBelow * (narrowing.checkCost ?? 1)));
    const sample = narrowing.estimate ?? narrowing.candidates;
    const n = await boundedCount(exec, sample, bound);
    // Compared as a share of its own bound, so that the cheapest plan wins.
    const share = n / bound;
    if (n < bound && share < best) {
      best = share;
      driver = narrowing;
    }
    if (n === 0) break;
  }
  const parts: Clause[] = [...conditions.rows];
  if (driver) parts.push({ sql: `e.row_id IN (${driver.candidates.sql})`, params: driver.candidates.params });
  const listed: Narrowing['filter'][] = [];
  for (const narrowing of conditions.narrowing) {
    if (narrowing === driver && narrowing.exact) continue;
    if (narrowing !== driver && narrowing.listed && (await boundedCount(exec, narrowing.listed.size, listBelow)) < listBelow) {
      parts.push(narrowing.listed.check);
      listed.push(narrowing.filter);
    } else {
      parts.push(narrowing.check);
    }
  }
  return { where: joinClauses(parts), driver: driver?.filter ?? null, listed };
}

async function boundedCount(exec: SqlExecutor, rows: Clause, bound: number): Promise<number> {
  const [row] = await exec.all<{ n: number | string }>(`SELECT count(*) AS n FROM (${rows.sql} LIMIT ${bound}) s`, rows.params);
  return Number(row?.n ?? 0);
}

export function joinClauses(parts: readonly Clause[]): Clause {
  if (parts.length === 0) return { sql: '1 = 1', params: [] };
  return { sql: parts.map((p) => p.sql).join(' AND '), params: parts.flatMap((p): SqlValue[] => [...p.params]) };
}
