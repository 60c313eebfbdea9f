import type { EventRecord } from '../../core/event.ts';
import { readEvent, rewriteEvent } from '../sql/event-update.ts';
import type { SqlConnection, SqlExecutor } from '../sql/sql-connection.ts';
import { applyCorrection } from './apply-correction.ts';
import { auditEntryAt, readAudit, writeAuditEntry, type AuditEntry } from '../audit/audit-entry.ts';
import { ReviewChangesSchema, ReviewError, type ReviewChanges, type ReviewField, type ReviewStore } from './review.ts';

interface Original {
  readonly value: unknown;
  readonly implied: string | null;
}

/**
 * Reviews in the event store's database (migration 5) and on its connection: the corrected record, the
 * reviewed values, the audit entry and the changes-feed entry are written in one transaction.
 */
export function sqlReviewStore(conn: SqlConnection, now: () => Date = () => new Date()): ReviewStore {
  async function loadEvent(tx: SqlExecutor, id: string): Promise<EventRecord> {
    const event = await readEvent(tx, id);
    if (!event) throw new ReviewError('not_found', `no event ${id}`);
    return event;
  }

  async function write(tx: SqlExecutor, event: EventRecord, at: string): Promise<void> {
    await rewriteEvent(tx, event, at);
    await tx.run('INSERT INTO changes (at, op, event_id, doc_id) VALUES (?, ?, ?, ?)', [at, 'upsert', event.id, event.doc_id]);
  }

  function audit(tx: SqlExecutor, at: string, actor: string, id: string, action: string, before: object, after: object): Promise<AuditEntry> {
    return writeAuditEntry(tx, { at, actor, entity: 'event', entity_id: id, action, before, after });
  }

  return {
    async correctEvent(id, changes, actor) {
      const checked = ReviewChangesSchema.safeParse(changes);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        throw new ReviewError('invalid', `${issue.path.join('.') || 'changes'}: ${issue.message}`);
      }
      const at = now().toISOString();
      return conn.transaction(async (tx) => {
        const current = await loadEvent(tx, id);
        const { event, before, after } = applyCorrection(current, checked.data, actor);
        await write(tx, event, at);
        for (const field of Object.keys(after) as ReviewField[]) {
          const original: Original = { value: before[field] ?? null, implied: current.implied[field] ?? null };
          // The first review of a field keeps the automatic value it replaced; later ones only move the value.
          await tx.run(
            `INSERT INTO event_reviews (event_id, field, value_json, original_json, at, actor) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (event_id, field) DO UPDATE SET value_json = excluded.value_json, at = excluded.at, actor = excluded.actor`,
            [id, field, JSON.stringify(after[field] ?? null), JSON.stringify(original), at, actor],
          );
        }
        return { event, audit: await audit(tx, at, actor, id, 'correct', before, after) };
      });
    },

    async revert(seq, actor) {
      const at = now().toISOString();
      return conn.transaction(async (tx) => {
        const entry = await auditEntryAt(tx, seq);
        if (!entry || entry.entity !== 'event') throw new ReviewError('not_found', `no event review with audit seq ${seq}`);
        if (entry.action !== 'correct') throw new ReviewError('invalid', `audit entry ${seq} is a ${entry.action}, not a correction`);
        const current = await loadEvent(tx, entry.entity_id);
        const restore = JSON.parse(entry.before_json ?? '{}') as ReviewChanges;
        const { event, before, after } = applyCorrection(current, restore, actor);
        const implied: Record<string, string> = { ...event.implied };
        const originals = await tx.all<{ field: string; original_json: string }>('SELECT field, original_json FROM event_reviews WHERE event_id = ?', [current.id]);
        for (const { field, original_json } of originals) {
          if (!(field in restore)) continue;
          const original = JSON.parse(original_json) as Original;
          const value = JSON.stringify(restore[field as ReviewField] ?? null);
          if (JSON.stringify(original.value) !== value) {
            await tx.run('UPDATE event_reviews SET value_json = ?, at = ?, actor = ? WHERE event_id = ? AND field = ?', [value, at, actor, current.id, field]);
            continue;
          }
          // Back to what the automatic run said: no longer reviewed, and its own reason returns.
          await tx.run('DELETE FROM event_reviews WHERE event_id = ? AND field = ?', [current.id, field]);
          if (original.implied === null) delete implied[field];
          else implied[field] = original.implied;
        }
        const restored = { ...event, implied };
        await write(tx, restored, at);
        return { event: restored, audit: await audit(tx, at, actor, current.id, `revert ${seq}`, before, after) };
      });
    },

    audit: (query) => readAudit(conn, { ...query, order: 'newest' }),
  };
}
