import type { SqlExecutor } from '../sql/sql-connection.ts';
import { ColumnBuilder } from './column-builder.ts';
import { COLUMN_FIELDS, rowOf, type ColumnRow, type EventColumns } from './event-columns.ts';

/**
 * The columns after the writes logged in `changes` between two sequence numbers: the events written or
 * deleted there are read again (gone ones are simply not found) and merged into the rows kept, in row
 * order. Far cheaper than reading every event again when a few documents came in; null when the changes
 * are too many for that to pay (then the caller reads everything).
 */

export const MAX_CHANGED_EVENTS = 20_000;
const CHUNK = 500;

/**
 * How far back changes are read again. SQLite has one writer, so its log is committed in sequence order;
 * PostgreSQL hands out sequence numbers before commit, so a transaction may commit a change numbered
 * below one already seen: changes are read again this far back (reading one twice changes nothing).
 */
export const RECENT_CHANGES = { sqlite: 0, postgres: 5_000 } as const;

export async function updateEventColumns(exec: SqlExecutor, columns: EventColumns, afterSeq: number, upToSeq: number): Promise<EventColumns | null> {
  const changed = await exec.all<{ event_id: string }>(
    `SELECT DISTINCT event_id FROM changes WHERE seq > ? AND seq <= ? LIMIT ${MAX_CHANGED_EVENTS + 1}`,
    [afterSeq, upToSeq],
  );
  if (changed.length > MAX_CHANGED_EVENTS) return null;
  const ids = changed.map((c) => c.event_id);
  const fresh: ColumnRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    fresh.push(...(await exec.all<ColumnRow>(`SELECT ${COLUMN_FIELDS} FROM events WHERE id IN (${part.map(() => '?').join(', ')})`, part)));
  }
  return mergedColumns(columns, new Set(ids), fresh);
}

/** The rows of `columns` not named in `changed`, and the `fresh` rows, together in row id order. */
export function mergedColumns(columns: EventColumns, changed: ReadonlySet<string>, fresh: readonly ColumnRow[]): EventColumns {
  const incoming = [...fresh].sort((a, b) => Number(a.row_id) - Number(b.row_id));
  const builder = new ColumnBuilder();
  let next = 0;
  for (let i = 0; i < columns.size; i++) {
    while (next < incoming.length && Number(incoming[next]!.row_id) < columns.rowId[i]!) builder.add(incoming[next++]!);
    if (!changed.has(columns.id[i]!)) builder.add(rowOf(columns, i));
  }
  while (next < incoming.length) builder.add(incoming[next++]!);
  return builder.finish();
}
