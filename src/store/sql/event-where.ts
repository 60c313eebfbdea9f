import type { EventFilter } from '../event-filter.ts';
import { reporterKey } from './event-row.ts';
import type { Dialect, SqlValue } from './sql-connection.ts';

export interface Clause {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

/**
 * A filter with an index of its own that can list the events it lets through (actors, reporters, full
 * text, the R*Tree, killed). Which of them drives a query is decided per query (`event-plan.ts`).
 */
export interface Narrowing {
  readonly filter: keyof EventFilter;
  /** Selects the `row_id` of every event the filter lets through; duplicates allowed. */
  readonly candidates: Clause;
  /** Any rows, as many as `candidates` has, but cheaper to count. */
  readonly estimate?: Clause;
  /** The filter as a condition on one row `e`, written so that no index is used for it. */
  readonly check: Clause;
  /** False when the candidates are a superset (the R*Tree's boxes are rounded outwards). */
  readonly exact: boolean;
  /**
   * How much dearer walking the date index and checking each row is than a column test: it drives with
   * that many times more candidates. Below 1 when the check reads only the index entry (`events_sort`
   * carries the place, the id and the document row).
   */
  readonly checkCost?: number;
  /**
   * The check against the filter's whole set, listed once (an IN over an uncorrelated subquery): a probe
   * per row instead of a seek, at the price of listing `size`'s rows first. Chosen when they are few.
   */
  readonly listed?: { readonly check: Clause; readonly size: Clause };
}

/**
 * `checkCost` of a check answered from the `events_sort` entry walked: no row is read. Indexes are built
 * in one piece and walked in order, while a driver's candidates are rows read one by one from anywhere in
 * the file (measured at 2.5M events: a few thousand such rows cost more than walking a hundred thousand entries).
 */
const FROM_INDEX = 0.1;

export interface EventConditions {
  /** Conditions on the columns that lead an index ending in (sort_date, id): those serve newest-first. */
  readonly rows: readonly Clause[];
  readonly narrowing: readonly Narrowing[];
}

const clause = (sql: string, ...params: SqlValue[]): Clause => ({ sql, params });

/** The DESIGN.md filters over the `events` table (alias `e`), written once for both engines. */
export function eventConditions(filter: EventFilter, dialect: Dialect): EventConditions {
  const rows: Clause[] = [];
  const narrowing: Narrowing[] = [];
  const u = dialect.unindexed;
  // sort_date is the event date (else its first day): a range on it uses the same index as the ordering.
  if (filter.from !== undefined) rows.push(clause('e.sort_date >= ?', filter.from));
  else if (filter.to !== undefined) rows.push(clause("e.sort_date <> ''"));
  if (filter.to !== undefined) rows.push(clause('e.sort_date <= ?', filter.to));
  if (filter.country !== undefined) {
    // "Syria" or "SYR": people use both. No country's name has three letters, and one indexed column
    // per condition keeps the index usable (an OR across two columns would scan).
    if (/^[A-Za-z]{3}$/.test(filter.country)) rows.push(clause('e.iso3 = ?', filter.country.toUpperCase()));
    else rows.push(clause('e.country = ?', filter.country));
  }
  if (filter.admin1 !== undefined) rows.push(clause('e.admin1 = ?', filter.admin1));
  if (filter.event_type !== undefined) rows.push(clause('e.event_type = ?', filter.event_type));
  if (filter.kind !== undefined) rows.push(clause('e.kind = ?', filter.kind));
  if (filter.doc_id !== undefined) rows.push(clause('e.doc_id = ?', filter.doc_id));
  if (filter.min_killed !== undefined) {
    const n = filter.min_killed;
    narrowing.push({
      filter: 'min_killed',
      candidates: clause('SELECT c.row_id FROM events c WHERE c.killed_best >= ?', n),
      check: clause(`${u('e.killed_best')} >= ?`, n),
      exact: true,
    });
  }
  if (filter.bbox !== undefined) {
    const { minLon, minLat, maxLon, maxLat } = filter.bbox;
    const lon = minLon <= maxLon ? clause('e.longitude BETWEEN ? AND ?', minLon, maxLon) : clause('(e.longitude >= ? OR e.longitude <= ?)', minLon, maxLon);
    narrowing.push({
      filter: 'bbox',
      candidates: dialect.placeCandidates(filter.bbox),
      check: clause(`${u('e.latitude')} BETWEEN ? AND ? AND ${lon.sql}`, minLat, maxLat, ...lon.params),
      exact: false,
      checkCost: FROM_INDEX,
    });
  }
  if (filter.actor !== undefined) {
    // Part of either actor's name: the distinct names are few (thousands), so the LIKE runs over `actors`
    // and the events are found through the indexes on the two name keys.
    const pattern = `%${escapeLike(filter.actor.toLowerCase())}%`;
    const names = "SELECT a.key FROM actors a WHERE a.key LIKE ? ESCAPE '\\'";
    narrowing.push({
      filter: 'actor',
      candidates: clause(
        `SELECT c.row_id FROM events c WHERE c.actor1_key IN (${names}) UNION ALL SELECT c.row_id FROM events c WHERE c.actor2_key IN (${names})`,
        pattern, pattern,
      ),
      check: clause(`(${u('e.actor1_key')} IN (${names}) OR ${u('e.actor2_key')} IN (${names}))`, pattern, pattern),
      exact: true,
    });
  }
  if (filter.reporter !== undefined) {
    const key = reporterKey(filter.reporter);
    narrowing.push({
      filter: 'reporter',
      candidates: clause('SELECT c.row_id FROM event_reporters r JOIN events c ON c.id = r.event_id WHERE r.reporter_key = ?', key),
      estimate: clause('SELECT r.event_id FROM event_reporters r WHERE r.reporter_key = ?', key),
      check: clause('EXISTS (SELECT 1 FROM event_reporters r WHERE r.event_id = e.id AND r.reporter_key = ?)', key),
      listed: {
        check: clause(`${u('e.id')} IN (SELECT r.event_id FROM event_reporters r WHERE r.reporter_key = ?)`, key),
        size: clause('SELECT r.event_id FROM event_reporters r WHERE r.reporter_key = ?', key),
      },
      exact: true,
      checkCost: FROM_INDEX,
    });
  }
  if (filter.grade !== undefined) {
    // Incidents are far fewer than events; their events are found through incident_events' key.
    narrowing.push({
      filter: 'grade',
      candidates: clause('SELECT c.row_id FROM incidents i JOIN incident_events ie ON ie.incident_id = i.id JOIN events c ON c.id = ie.event_id WHERE i.grade = ?', filter.grade),
      estimate: clause('SELECT ie.event_id FROM incidents i JOIN incident_events ie ON ie.incident_id = i.id WHERE i.grade = ?', filter.grade),
      check: clause('EXISTS (SELECT 1 FROM incident_events ie JOIN incidents i ON i.id = ie.incident_id WHERE ie.event_id = e.id AND i.grade = ?)', filter.grade),
      exact: true,
    });
  }
  if (filter.q !== undefined) {
    // Counted by streaming the matching documents' events, so that a common word stops at the bound
    // instead of listing every document it is in.
    const match = dialect.documentRowsMatching(filter.q);
    narrowing.push({
      filter: 'q',
      candidates: clause(`SELECT c.row_id FROM events c WHERE c.doc_row IN (${match.sql})`, ...match.params),
      estimate: clause(`SELECT c.row_id FROM (${match.sql}) m JOIN events c ON c.doc_row = m.row_id`, ...match.params),
      check: dialect.documentRowMatches(filter.q, 'e.doc_row'),
      listed: { check: clause(`${u('e.doc_row')} IN (${match.sql})`, ...match.params), size: match },
      exact: true,
      checkCost: FROM_INDEX,
    });
  }
  return { rows, narrowing };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
