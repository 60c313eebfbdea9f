import { decodeCursor, encodeCursor } from '../cursor.ts';
import type { PageRequest } from '../event-filter.ts';
import { readAudit } from '../audit/audit-entry.ts';
import { IncidentRequestError, type IncidentFilter, type IncidentStore } from '../incidents.ts';
import { revertClaimMarkIn, setClaimMark } from './claim-marks.ts';
import { mergeIn, splitIn } from './incident-edits.ts';
import { reconcilePendingIn } from './incident-reconcile.ts';
import { incidentFromRow } from './incident-rows.ts';
import { incidentWhere } from './incident-where.ts';
import { migrate } from './migrate.ts';
import type { SqlConnection } from './sql-connection.ts';

export interface SqlIncidentStoreOptions {
  readonly now?: () => Date;
  /** Whether closing the incident store closes the connection (false when an event store shares it). */
  readonly ownsConnection?: boolean;
}

/** The incident port over the shared query layer; every change in one transaction. */
export async function openSqlIncidentStore(conn: SqlConnection, options: SqlIncidentStoreOptions = {}): Promise<IncidentStore> {
  const now = options.now ?? (() => new Date());
  await migrate(conn, now);
  const timestamp = (): string => now().toISOString();

  async function incidentOfEvent(eventId: string): Promise<string | null> {
    const rows = await conn.all<{ incident_id: string }>('SELECT incident_id FROM incident_events WHERE event_id = ?', [eventId]);
    return rows[0]?.incident_id ?? null;
  }

  return {
    reconcilePending: (actor = 'sitrep reconcile') => conn.transaction((tx) => reconcilePendingIn(tx, timestamp(), actor)),

    async getIncident(id) {
      const rows = await conn.all<{ record: string }>('SELECT record FROM incidents WHERE id = ?', [id]);
      return rows[0] ? incidentFromRow(rows[0]) : null;
    },

    incidentOfEvent,

    async queryIncidents(filter: IncidentFilter, page: PageRequest) {
      const where = incidentWhere(filter);
      const after = page.cursor === undefined ? null : decodeCursor(page.cursor, ['string', 'string']);
      const keyset = after ? ' AND (i.sort_date < ? OR (i.sort_date = ? AND i.id < ?))' : '';
      const rows = await conn.all<{ record: string; sort_date: string; id: string }>(
        `SELECT i.id, i.sort_date, i.record FROM incidents i WHERE ${where.sql}${keyset} ORDER BY i.sort_date DESC, i.id DESC LIMIT ?`,
        [...where.params, ...(after ? [after[0]!, after[0]!, after[1]!] : []), page.limit + 1],
      );
      const shown = rows.slice(0, page.limit);
      const last = shown[shown.length - 1];
      return {
        incidents: shown.map(incidentFromRow),
        next_cursor: rows.length > page.limit && last ? encodeCursor([last.sort_date, last.id]) : null,
      };
    },

    merge: (ids, actor) => conn.transaction((tx) => mergeIn(tx, ids, actor, timestamp())),

    split: (id, eventIds, actor) => conn.transaction((tx) => splitIn(tx, id, eventIds, actor, timestamp())),

    async detach(eventId, actor) {
      const id = await incidentOfEvent(eventId);
      if (id === null) throw new IncidentRequestError(`event ${eventId} is in no incident`);
      const [, alone] = await conn.transaction((tx) => splitIn(tx, id, [eventId], actor, timestamp()));
      return alone;
    },

    contestClaim: (id, claim, reason, actor) => conn.transaction((tx) => setClaimMark(tx, id, claim, { reason: checkedReason(reason) }, actor, timestamp(), 'contest')),

    uncontestClaim: (id, claim, actor) => conn.transaction((tx) => setClaimMark(tx, id, claim, null, actor, timestamp(), 'uncontest')),

    revertClaimMark: (seq, actor) => conn.transaction((tx) => revertClaimMarkIn(tx, seq, actor, timestamp())),

    auditLog: ({ after = 0, entity, entity_id, limit = 1000 }) => readAudit(conn, { after, entity, entity_id, limit, order: 'oldest' }),

    close: async () => {
      if (options.ownsConnection !== false) await conn.close();
    },
  };
}

function checkedReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0 || trimmed.length > 500) throw new IncidentRequestError('reason: say why the claim is contested, in 1 to 500 characters');
  return trimmed;
}
