import type { EventRecord } from '../core/event.ts';
import { acledCsv } from './acled-csv.ts';
import { geoJson, type GeoJsonOptions } from './geojson.ts';
import { jsonl } from './jsonl.ts';
import { ucdpCsv } from './ucdp-csv.ts';

/**
 * Every export is a writer of three pure parts, so that a large export can be streamed page by page:
 * what comes first, one event's text, what comes last.
 */
export interface ExportWriter {
  begin(): string;
  item(event: EventRecord): string;
  end(): string;
}

export const EXPORT_FORMATS = ['acled', 'ucdp', 'geojson', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  acled: 'text/csv; charset=utf-8',
  ucdp: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json',
  jsonl: 'application/x-ndjson',
};

/** A fresh writer: some formats (GeoJSON's separators) keep state between items. */
export function exportWriter(format: ExportFormat, options: GeoJsonOptions = {}): ExportWriter {
  if (format === 'acled') return acledCsv;
  if (format === 'ucdp') return ucdpCsv;
  if (format === 'geojson') return geoJson(options);
  return jsonl;
}

/** The whole export of a list of events, as one text. */
export function exportEvents(format: ExportFormat, events: readonly EventRecord[], options: GeoJsonOptions = {}): string {
  const writer = exportWriter(format, options);
  return writer.begin() + events.map((e) => writer.item(e)).join('') + writer.end();
}
