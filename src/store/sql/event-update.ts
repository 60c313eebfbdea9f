import type { EventRecord } from '../../core/event.ts';
import { actorKey, EVENT_COLUMNS, eventRow, reporterKey } from './event-row.ts';
import type { SqlExecutor } from './sql-connection.ts';
import { compactRecord, expandRecord, STORED_EVENT_COLUMNS, type StoredEvent } from './stored-record.ts';

/**
 * Reading and rewriting one stored event inside a caller's transaction, for code that changes an event
 * in place (reviews, corrections): the row, its record, its reporters and the actor names move together.
 * The caller logs the change in `changes`.
 */

export async function readEvent(tx: SqlExecutor, id: string): Promise<EventRecord | null> {
  const [row] = await tx.all<StoredEvent>(`SELECT ${STORED_EVENT_COLUMNS} FROM events e JOIN event_records r ON r.row_id = e.row_id WHERE e.id = ?`, [id]);
  return row ? expandRecord(row) : null;
}

/** Overwrites the stored event with the same id; false if there is none. */
export async function rewriteEvent(tx: SqlExecutor, event: EventRecord, at: string): Promise<boolean> {
  const [row] = await tx.all<{ row_id: number | string }>('SELECT row_id FROM events WHERE id = ?', [event.id]);
  if (!row) return false;
  const columns = EVENT_COLUMNS.filter((c) => c !== 'id');
  await tx.run(`UPDATE events SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE row_id = ?`, [...eventRow(event, at).slice(1), row.row_id]);
  await tx.run('UPDATE event_records SET record = ? WHERE row_id = ?', [compactRecord(event), row.row_id]);
  await tx.run('DELETE FROM event_reporters WHERE event_id = ?', [event.id]);
  for (const key of new Set(event.reported_by.map(reporterKey))) {
    await tx.run('INSERT INTO event_reporters (event_id, reporter_key) VALUES (?, ?)', [event.id, key]);
  }
  for (const key of [actorKey(event.actor1), actorKey(event.actor2)]) {
    if (key !== null) await tx.run('INSERT INTO actors (key) VALUES (?) ON CONFLICT DO NOTHING', [key]);
  }
  return true;
}
