import type { IncidentRecord, Link } from '../../core/incident.ts';
import { buildIncident } from '../../reconcile/build-incident.ts';
import { incidentIdFor } from '../../reconcile/reconcile.ts';
import { IncidentRequestError } from '../incidents.ts';
import { loadIncidents, loadMembers, type StoredItem } from './incident-load.ts';
import { inChunks, insertRows, upsertIncident, writeAudit } from './incident-rows.ts';
import { markedIncidents } from './claim-marks.ts';
import type { SqlExecutor } from './sql-connection.ts';

/** A person's decisions: each rebuilds the incidents it touches, fixes them, and writes audit and change entries. */

function byStorageOrder(items: StoredItem[]): StoredItem[] {
  return [...items].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.item.event.id < b.item.event.id ? -1 : 1));
}

function personLink(a: string, b: string, actor: string, what: string): Link {
  return { a, b, score: 0, decision: 'manual', reasons: [{ feature: 'person', weight: 0, detail: `${what} by ${actor}` }] };
}

async function loadExisting(tx: SqlExecutor, ids: readonly string[]): Promise<Map<string, IncidentRecord>> {
  const found = await loadIncidents(tx, ids);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new IncidentRequestError(`no incident ${missing.join(', ')}`);
  return found;
}

/** Events moved between incidents show in the changes feed, so that a synced copy re-reads them. */
async function logMoves(tx: SqlExecutor, at: string, items: readonly StoredItem[]): Promise<void> {
  await insertRows(tx, 'changes', ['at', 'op', 'event_id', 'doc_id'], items.map((s) => [at, 'upsert', s.item.event.id, s.item.event.doc_id]));
}

export async function mergeIn(tx: SqlExecutor, ids: readonly string[], actor: string, at: string): Promise<IncidentRecord> {
  const unique = [...new Set(ids)];
  if (unique.length < 2) throw new IncidentRequestError('merge needs two or more incident ids');
  const before = await loadExisting(tx, unique);
  const keep = [...unique].sort((a, b) => before.get(b)!.event_ids.length - before.get(a)!.event_ids.length || unique.indexOf(a) - unique.indexOf(b))[0]!;
  const members = byStorageOrder(await loadMembers(tx, unique));
  const anchor = before.get(keep)!.event_ids[0]!;
  const links = [
    ...unique.flatMap((id) => before.get(id)!.links),
    ...unique.filter((id) => id !== keep).map((id) => personLink(anchor, before.get(id)!.event_ids[0]!, actor, 'merged')),
  ];
  const [merged] = (await markedIncidents(tx, [buildIncident(keep, members.map((m) => m.item), links, true)])) as [IncidentRecord];
  await upsertIncident(tx, merged, at);
  const gone = unique.filter((id) => id !== keep);
  await inChunks(gone, async (marks, chunk) => {
    await tx.run(`UPDATE incident_events SET incident_id = ? WHERE incident_id IN (${marks})`, [keep, ...chunk]);
    await tx.run(`DELETE FROM incidents WHERE id IN (${marks})`, chunk);
    return [];
  });
  await writeAudit(tx, at, actor, [
    { entity_id: keep, action: 'merge', before: before.get(keep)!, after: merged },
    ...gone.map((id) => ({ entity_id: id, action: 'merge', before: before.get(id)!, after: { merged_into: keep } })),
  ]);
  await logMoves(tx, at, members.filter((m) => m.incidentId !== keep));
  return merged;
}

export async function splitIn(tx: SqlExecutor, id: string, eventIds: readonly string[], actor: string, at: string): Promise<[IncidentRecord, IncidentRecord]> {
  const before = (await loadExisting(tx, [id])).get(id)!;
  const leaving = new Set(eventIds);
  const stray = eventIds.filter((e) => !before.event_ids.includes(e));
  if (stray.length > 0) throw new IncidentRequestError(`${stray.join(', ')} not in incident ${id}`);
  if (leaving.size === 0 || leaving.size >= before.event_ids.length) {
    throw new IncidentRequestError(`split must leave at least one event in ${id} and move at least one`);
  }
  const members = byStorageOrder(await loadMembers(tx, [id]));
  const stay = members.filter((m) => !leaving.has(m.item.event.id));
  const go = members.filter((m) => leaving.has(m.item.event.id));
  const inside = (l: Link, set: readonly StoredItem[]) => set.some((m) => m.item.event.id === l.a) && set.some((m) => m.item.event.id === l.b);
  let newId = incidentIdFor(go[0]!.item.event.id);
  for (let n = 2; newId === id || (await loadIncidents(tx, [newId])).size > 0; n += 1) newId = `${incidentIdFor(go[0]!.item.event.id)}~${n}`;
  const note = personLink(stay[0]!.item.event.id, go[0]!.item.event.id, actor, 'split apart');
  const [rest, split] = (await markedIncidents(tx, [
    buildIncident(id, stay.map((m) => m.item), [...before.links.filter((l) => inside(l, stay)), note], true),
    buildIncident(newId, go.map((m) => m.item), [...before.links.filter((l) => inside(l, go)), note], true),
  ])) as [IncidentRecord, IncidentRecord];
  await upsertIncident(tx, rest, at);
  await upsertIncident(tx, split, at);
  await inChunks([...leaving], async (marks, chunk) => {
    await tx.run(`UPDATE incident_events SET incident_id = ? WHERE event_id IN (${marks})`, [newId, ...chunk]);
    return [];
  });
  await writeAudit(tx, at, actor, [
    { entity_id: id, action: 'split', before, after: rest },
    { entity_id: newId, action: 'create', before: { split_from: id }, after: split },
  ]);
  await logMoves(tx, at, go);
  return [rest, split];
}
