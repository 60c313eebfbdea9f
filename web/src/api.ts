import type { EventRecord } from '../../src/core/event.ts';
import type { ClaimRef, IncidentClaim, IncidentRecord } from '../../src/core/incident.ts';
import type { AuditEntry } from '../../src/store/audit/audit-entry.ts';
import type { EventClusters } from '../../src/api/routes/map-routes.ts';
import type { EventCounts } from '../../src/api/routes/stats-routes.ts';
import type { TimelineColumns } from '../../src/api/routes/timeline-columns.ts';
import { filterQuery, type Filters } from './filters.ts';
import { viewParameter, type MapRequest } from './map-request.ts';

export type { AuditEntry };

/** The dashboard's calls to the sitrep HTTP API (DESIGN.md); every path is relative to the page's origin. */

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export type { TimelineColumns } from '../../src/api/routes/timeline-columns.ts';

export interface StoredDocument {
  readonly id: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly text: string;
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, init);
  const body: unknown = response.headers.get('content-type')?.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    // The API names the field it refused (`body.text`, `min_killed`): shown, so that the person can fix it.
    const parts = typeof body === 'object' && body !== null ? (body as { field?: unknown; message?: unknown }) : null;
    const message = parts && 'message' in parts ? `${parts.field ? `${String(parts.field)}: ` : ''}${String(parts.message)}` : String(body);
    throw new ApiError(response.status, `${response.status}: ${message}`);
  }
  return body as T;
}

function authorised(token: string, init: RequestInit = {}): RequestInit {
  return { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}`, 'content-type': 'application/json' } };
}

export type MapUnit = 'event' | 'incident';

export const fetchClusters = (filters: Filters, request: MapRequest, unit: MapUnit): Promise<EventClusters> =>
  call(`/api/map/clusters?${filterQuery(filters, { zoom: String(request.zoom), view: viewParameter(request), unit })}`);

/** Imported admin boundaries as GeoJSON lines (an empty collection when none were imported). */
export const fetchBoundaries = (level: 1 | 2): Promise<GeoJSON.FeatureCollection> => call(`/api/map/boundaries?level=${level}`);

export interface IncidentDetail {
  readonly incident: IncidentRecord;
  readonly events: EventRecord[];
  readonly documents: Pick<StoredDocument, 'id' | 'title' | 'source' | 'url' | 'published'>[];
  readonly claims_by_field: Record<string, IncidentClaim[]>;
}

export const fetchIncident = (id: string): Promise<IncidentDetail> => call(`/api/incidents/${encodeURIComponent(id)}`);

export const splitIncident = (token: string, id: string, eventIds: readonly string[]): Promise<{ incidents: IncidentRecord[] }> =>
  call(`/api/incidents/${encodeURIComponent(id)}/split`, authorised(token, { method: 'POST', body: JSON.stringify({ event_ids: eventIds }) }));

export const mergeIncidents = (token: string, ids: readonly string[]): Promise<{ incident: IncidentRecord }> =>
  call('/api/incidents/merge', authorised(token, { method: 'POST', body: JSON.stringify({ ids }) }));

/** Events and killed per period by type or by the largest first actors, as columns (what the chart draws, in a tenth of the bytes of buckets). */
export const fetchTimeline = (filters: Filters, interval: 'day' | 'week' | 'month', by: 'event_type' | 'actor' = 'event_type', top?: number): Promise<TimelineColumns> =>
  call(`/api/stats/timeline?${filterQuery(filters, { interval, by, ...(top === undefined ? {} : { top: String(top) }), shape: 'columns' })}`);

/** How many events the filters match, incidents and tallies apart. */
export const fetchCounts = (filters: Filters): Promise<EventCounts> => call(`/api/stats/counts?${filterQuery(filters)}`);

export const fetchEvents = (filters: Filters, limit: number, cursor?: string): Promise<{ events: EventRecord[]; next_cursor: string | null }> =>
  call(`/api/events?${filterQuery(filters, { limit: String(limit), ...(cursor ? { cursor } : {}) })}`);

/** The event, and the incident it was reconciled into (null when none). */
export async function fetchEvent(id: string): Promise<{ event: EventRecord; incident_id: string | null }> {
  return call(`/api/events/${encodeURIComponent(id)}`);
}

export async function fetchDocument(id: string): Promise<StoredDocument> {
  const body = await call<{ document: StoredDocument } | StoredDocument>(`/api/documents/${encodeURIComponent(id)}`);
  return 'document' in body ? body.document : body;
}

export const correctEvent = (token: string, id: string, changes: Record<string, unknown>): Promise<{ event: EventRecord; audit: AuditEntry }> =>
  call(`/api/events/${encodeURIComponent(id)}`, authorised(token, { method: 'PATCH', body: JSON.stringify(changes) }));

export const fetchAudit = (entityId: string): Promise<{ entries: AuditEntry[] }> => call(`/api/audit?entity_id=${encodeURIComponent(entityId)}`);

export interface ClaimMarkResult {
  readonly incident: IncidentRecord;
  readonly audit: AuditEntry;
}

export const contestClaim = (token: string, incidentId: string, claim: ClaimRef, reason: string): Promise<ClaimMarkResult> =>
  call(`/api/incidents/${encodeURIComponent(incidentId)}/claims/contest`, authorised(token, { method: 'POST', body: JSON.stringify({ ...claim, reason }) }));

export const uncontestClaim = (token: string, incidentId: string, claim: ClaimRef): Promise<ClaimMarkResult> =>
  call(`/api/incidents/${encodeURIComponent(incidentId)}/claims/uncontest`, authorised(token, { method: 'POST', body: JSON.stringify(claim) }));

/** Undoes one audited change: an event's correction (the event comes back) or a claim's mark (the incident). */
export const revertAudit = (token: string, seq: number): Promise<{ event: EventRecord; audit: AuditEntry } | ClaimMarkResult> =>
  call(`/api/audit/${seq}/revert`, authorised(token, { method: 'POST' }));

export const postDocument = (token: string, doc: { text?: string; url?: string; title?: string; source?: string; published?: string }): Promise<unknown> =>
  call('/api/documents', authorised(token, { method: 'POST', body: JSON.stringify(doc) }));

/** A file's bytes as they are (`text/plain` or `text/html`), its name as the title. */
export const postFile = (token: string, body: Blob, type: 'text/plain' | 'text/html', title: string): Promise<unknown> =>
  call(`/api/documents?${new URLSearchParams({ title })}`, { method: 'POST', body, headers: { authorization: `Bearer ${token}`, 'content-type': type } });

export const exportUrl = (filters: Filters, format: string): string => `/api/export?${filterQuery(filters, { format })}`;
