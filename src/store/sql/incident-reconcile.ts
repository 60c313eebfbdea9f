import type { IncidentRecord } from '../../core/incident.ts';
import { incidentIdFor, reconcile } from '../../reconcile/reconcile.ts';
import type { ReconcileSummary } from '../incidents.ts';
import { loadIncidents, loadMembers, loadUnplaced, neighbourIncidents, type StoredItem } from './incident-load.ts';
import { inChunks, insertIncidents, insertRows, upsertIncident, writeAudit, type AuditWrite } from './incident-rows.ts';
import { markedIncidents } from './claim-marks.ts';
import type { SqlExecutor } from './sql-connection.ts';

const NOTHING: ReconcileSummary = { placed: 0, removed: 0, created: 0, updated: 0, deleted: 0 };

/**
 * One automatic run inside the caller's transaction: events gone from the store leave their incidents,
 * events in no incident are matched against the incidents near them (same country, within two weeks) and
 * placed; only incidents that changed are written, each change with an audit entry.
 */
export async function reconcilePendingIn(tx: SqlExecutor, at: string, actor: string): Promise<ReconcileSummary> {
  const gone = await tx.all<{ event_id: string; incident_id: string }>(
    'SELECT ie.event_id, ie.incident_id FROM incident_events ie LEFT JOIN events e ON e.id = ie.event_id WHERE e.id IS NULL',
  );
  await inChunks(gone.map((g) => g.event_id), async (marks, chunk) => {
    await tx.run(`DELETE FROM incident_events WHERE event_id IN (${marks})`, chunk);
    return [];
  });
  const fresh = await loadUnplaced(tx);
  if (gone.length === 0 && fresh.length === 0) return NOTHING;

  const touched = new Set(gone.map((g) => g.incident_id));
  const involved = [...new Set([...touched, ...(await neighbourIncidents(tx, fresh))])];
  const known = await loadMembers(tx, involved);
  const before = await loadIncidents(tx, involved);
  const goneIds = new Set(gone.map((g) => g.event_id));
  const stored: StoredItem[] = [...known, ...fresh].sort((a, b) => compare(a.at, b.at) || compare(a.item.event.id, b.item.event.id));
  const taken = await existingIds(tx, fresh.map((f) => incidentIdFor(f.item.event.id)));

  const results = reconcile(
    stored.map((s) => s.item),
    {
      prior: (i) => (stored[i]!.incidentId === null ? null : { incidentId: stored[i]!.incidentId!, locked: stored[i]!.locked }),
      priorLinks: (id) => (before.get(id)?.links ?? []).filter((l) => !goneIds.has(l.a) && !goneIds.has(l.b)),
      taken,
    },
  );

  const audit: AuditWrite[] = [];
  const placeOf = new Map(stored.map((s) => [s.item.event.id, s]));
  const newRows: (string | null)[][] = [];
  const kept = new Set<string>();
  const created: IncidentRecord[] = [];
  let updated = 0;
  // Written with the analysts' marks on their claims: an automatic run never clears a contested claim.
  const marked = new Map((await markedIncidents(tx, results.filter((r) => r.changed || touched.has(r.incident.id)).map((r) => r.incident))).map((i) => [i.id, i]));
  for (const { incident: built, changed, absorbed } of results) {
    kept.add(built.id);
    if (!changed && !touched.has(built.id)) continue;
    const incident = marked.get(built.id)!;
    const previous = before.get(incident.id) ?? null;
    if (previous) {
      await upsertIncident(tx, incident, at);
      audit.push({ entity_id: incident.id, action: 'update', before: previous, after: incident });
      updated += 1;
    } else {
      created.push(incident);
      // The new record is in its table; the log keeps what it was made of, which is what a later change alters.
      audit.push({ entity_id: incident.id, action: 'create', before: null, after: { event_ids: incident.event_ids } });
    }
    for (const id of absorbed) audit.push({ entity_id: id, action: 'merge', before: before.get(id) ?? null, after: { merged_into: incident.id } });
    for (const eventId of incident.event_ids) {
      const place = placeOf.get(eventId)!;
      if (place.incidentId === null) newRows.push(eventRow(place, incident));
      else if (place.incidentId !== incident.id) await tx.run('UPDATE incident_events SET incident_id = ? WHERE event_id = ?', [incident.id, eventId]);
    }
  }
  const absorbed = new Set(results.flatMap((r) => r.absorbed));
  const emptied = [...touched].filter((id) => !kept.has(id) && !absorbed.has(id));
  for (const id of emptied) audit.push({ entity_id: id, action: 'delete', before: before.get(id) ?? null, after: null });
  const deleted = [...absorbed, ...emptied];
  await inChunks(deleted, async (marks, chunk) => {
    await tx.run(`DELETE FROM incidents WHERE id IN (${marks})`, chunk);
    return [];
  });
  await insertIncidents(tx, created, at);
  await insertRows(tx, 'incident_events', ['event_id', 'incident_id', 'doc_id', 'words', 'wire'], newRows);
  await writeAudit(tx, at, actor, audit);
  return { placed: fresh.length, removed: gone.length, created: created.length, updated, deleted: deleted.length };
}

function eventRow(place: StoredItem, incident: IncidentRecord): (string | null)[] {
  const { event, words, facts } = place.item;
  return [event.id, incident.id, event.doc_id, JSON.stringify(words), facts.wire];
}

async function existingIds(tx: SqlExecutor, ids: readonly string[]): Promise<Set<string>> {
  const rows = await inChunks(ids, (marks, chunk) => tx.all<{ id: string }>(`SELECT id FROM incidents WHERE id IN (${marks})`, chunk));
  return new Set(rows.map((r) => r.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
