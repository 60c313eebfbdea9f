import { z } from 'zod';
import { EventRecordSchema } from '../core/event.ts';
import { EventFilterSchema, PageSchema } from '../store/event-filter.ts';
import { StoredDocumentSchema } from '../store/store.ts';
import { EvidenceInContextSchema } from './evidence-context.ts';

/**
 * The shapes the routes answer with, built from the store's and the core's own schemas so that the
 * OpenAPI document, the validation and the web client's types all come from one place.
 */

/** The filter's fields without its cross-field check: what OpenAPI lists as query parameters. */
export const EventFilterFields = EventFilterSchema.innerType();
export const FILTER_KEYS = Object.keys(EventFilterFields.shape);
export const PAGE_KEYS = Object.keys(PageSchema.shape);

export const EventsQuerySchema = EventFilterFields.extend(PageSchema.shape);

export const EventPageSchema = z.object({
  events: z.array(EventRecordSchema),
  next_cursor: z.string().nullable(),
});

export const DocumentSummarySchema = StoredDocumentSchema.pick({ id: true, url: true, source: true, title: true, published: true, superseded_at: true });

export const EventDetailSchema = z.object({
  event: EventRecordSchema,
  document: DocumentSummarySchema.nullable(),
  evidence: z.array(EvidenceInContextSchema),
  /** The incident the event was reconciled into; null before reconciliation or where no incidents are kept. */
  incident_id: z.string().nullable(),
});

export const DocumentDetailSchema = StoredDocumentSchema.extend({
  event_ids: z.array(z.string()),
});

export const IdParamsSchema = z.object({ id: z.string().min(1) });

/** An OpenAPI request or response body of JSON in that schema. */
export const jsonContent = (schema: z.ZodTypeAny) => ({ content: { 'application/json': { schema } } });
