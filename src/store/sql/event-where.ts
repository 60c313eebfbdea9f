import type { EventFilter } from '../event-filter.ts';
import { reporterKey } from './event-row.ts';
import type { Dialect, SqlValue } from './sql-connection.ts';

export interface Clause {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

/**
 * The WHERE clause for the DESIGN.md filters over the `events` table (alias `e`). Each filter is one
 * condition on an indexed column where one exists; the clause is written once for both engines.
 */
export function eventWhere(filter: EventFilter, dialect: Dialect): Clause {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, ...values: SqlValue[]): void => {
    parts.push(sql);
    params.push(...values);
  };
  // sort_date is the event date (else its first day): a range on it uses the same index as the ordering.
  if (filter.from !== undefined) add('e.sort_date >= ?', filter.from);
  else if (filter.to !== undefined) add("e.sort_date <> ''");
  if (filter.to !== undefined) add('e.sort_date <= ?', filter.to);
  if (filter.country !== undefined) {
    // "Syria" or "SYR": people use both. No country's name has three letters, and one indexed column
    // per condition keeps the index usable (an OR across two columns would scan).
    if (/^[A-Za-z]{3}$/.test(filter.country)) add('e.iso3 = ?', filter.country.toUpperCase());
    else add('e.country = ?', filter.country);
  }
  if (filter.admin1 !== undefined) add('e.admin1 = ?', filter.admin1);
  if (filter.event_type !== undefined) add('e.event_type = ?', filter.event_type);
  if (filter.kind !== undefined) add('e.kind = ?', filter.kind);
  if (filter.doc_id !== undefined) add('e.doc_id = ?', filter.doc_id);
  if (filter.min_killed !== undefined) add('e.killed_best >= ?', filter.min_killed);
  if (filter.bbox !== undefined) {
    const { minLon, minLat, maxLon, maxLat } = filter.bbox;
    add('e.latitude BETWEEN ? AND ?', minLat, maxLat);
    if (minLon <= maxLon) add('e.longitude BETWEEN ? AND ?', minLon, maxLon);
    else add('(e.longitude >= ? OR e.longitude <= ?)', minLon, maxLon);
  }
  if (filter.actor !== undefined) {
    const pattern = `%${escapeLike(filter.actor.toLowerCase())}%`;
    add("(e.actor1_key LIKE ? ESCAPE '\\' OR e.actor2_key LIKE ? ESCAPE '\\')", pattern, pattern);
  }
  if (filter.reporter !== undefined) {
    add('e.id IN (SELECT r.event_id FROM event_reporters r WHERE r.reporter_key = ?)', reporterKey(filter.reporter));
  }
  if (filter.q !== undefined) {
    const match = dialect.documentsMatching(filter.q);
    add(`e.doc_id IN (${match.sql})`, ...match.params);
  }
  return { sql: parts.length === 0 ? '1 = 1' : parts.join(' AND '), params };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
