import { queryWords, type Dialect } from '../sql/sql-connection.ts';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.ts';

/** Each word quoted, so that FTS5 operators typed by a user (NEAR, -, *) are read as words. */
function ftsQuery(q: string): string {
  const words = queryWords(q);
  return words.length === 0 ? '""' : words.map((w) => `"${w}"`).join(' ');
}

export const SQLITE_DIALECT: Dialect = {
  name: 'sqlite',
  documentRowsMatching: (q) => ({
    sql: 'SELECT rowid AS row_id FROM documents_fts WHERE documents_fts MATCH ?',
    params: [ftsQuery(q)],
  }),
  // FTS5 answers a MATCH for one rowid by seeking in the word's list, without reading the whole list.
  documentRowMatches: (q, docRow) => ({
    sql: `EXISTS (SELECT 1 FROM documents_fts f WHERE f.rowid = ${docRow} AND documents_fts MATCH ?)`,
    params: [ftsQuery(q)],
  }),
  placeCandidates({ minLon, minLat, maxLon, maxLat }) {
    // Overlap, not containment: the R*Tree rounds its boxes outwards, so a point on the edge still counts.
    const box = 'SELECT t.row_id FROM events_rtree t WHERE t.max_lon >= ? AND t.min_lon <= ? AND t.max_lat >= ? AND t.min_lat <= ?';
    if (minLon <= maxLon) return { sql: box, params: [minLon, maxLon, minLat, maxLat] };
    return { sql: `${box} UNION ALL ${box}`, params: [minLon, 180, minLat, maxLat, -180, maxLon, minLat, maxLat] };
  },
  unindexed: (expression) => `+${expression}`,
  // 'weekday 0' moves forward to Sunday (or stays), six days back is that week's Monday.
  weekStart: (date) => `date(${date}, 'weekday 0', '-6 days')`,
  migrationLock: null,
  migrations: SQLITE_MIGRATIONS,
};
