import type { IncidentFilter } from '../incidents.ts';
import type { SqlValue } from './sql-connection.ts';

/** The WHERE clause of an incident filter; a three-letter upper-case country is an ISO3 code. */
export function incidentWhere(filter: IncidentFilter): { sql: string; params: SqlValue[] } {
  const parts: string[] = ['1 = 1'];
  const params: SqlValue[] = [];
  const add = (sql: string, ...values: SqlValue[]): void => {
    parts.push(sql);
    params.push(...values);
  };
  if (filter.from !== undefined) add("i.sort_date >= ? AND i.sort_date <> ''", filter.from);
  if (filter.to !== undefined) add('i.sort_date <= ?', filter.to);
  if (filter.country !== undefined) {
    if (/^[A-Z]{3}$/.test(filter.country)) add('i.iso3 = ?', filter.country);
    else add('lower(i.country) = lower(?)', filter.country);
  }
  if (filter.admin1 !== undefined) add('lower(i.admin1) = lower(?)', filter.admin1);
  if (filter.event_type !== undefined) add('i.event_type = ?', filter.event_type);
  if (filter.grade !== undefined) add('i.grade = ?', filter.grade);
  if (filter.min_killed !== undefined) add('i.killed_best >= ?', filter.min_killed);
  if (filter.kind !== undefined) add('i.kind = ?', filter.kind);
  return { sql: parts.join(' AND '), params };
}
