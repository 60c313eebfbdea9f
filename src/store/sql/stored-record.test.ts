import { describe, expect, it } from 'vitest';
import { EventRecordSchema } from '../../core/event.ts';
import { eventRecord } from '../../eval/event-record-fixture.ts';
import type { EventRecord } from '../../core/event.ts';
import { compactRecord, expandRecord, ROW_FIELDS, type StoredEvent } from './stored-record.ts';

const stored = (event: EventRecord, record = compactRecord(event)): StoredEvent =>
  ({ ...Object.fromEntries(ROW_FIELDS.map((f) => [f, event[f]])), record }) as StoredEvent;

const full = EventRecordSchema.parse(
  eventRecord({
    id: 'd#1', doc_id: 'd', event_date: '2019-06-21', event_type: 'Battles', killed_best: 0, latitude: 0,
    counts: { airstrikes: 66, rockets: 435 }, qualifiers: { killed_best: 'at least' }, reported_by: ['SOHR'],
    evidence: [{ field: 'killed_best', start: 0, end: 4, quote: 'none' }],
    claims: [{ field: 'killed_best', value: null, qualifier: null, reporter: 'SOHR', reporter_type: null, start: 0, end: 4 }],
  }),
);

describe('stored record', () => {
  it.each([
    ['every field unknown', EventRecordSchema.parse(eventRecord({ id: 'e#1', doc_id: 'e' }))],
    ['zeros, lists, objects, nulls inside claims', full],
  ])('%s comes back equal, with its keys in schema order', (_name, event) => {
    const back = expandRecord(stored(event));
    expect(back).toEqual(event);
    expect(JSON.stringify(back)).toBe(JSON.stringify(event));
  });

  it('keeps neither what the row holds nor unknown fields, but keeps zeros', () => {
    const kept = JSON.parse(compactRecord({ ...full, wounded_best: 0 })) as Record<string, unknown>;
    for (const field of ['id', 'doc_id', 'kind', 'killed_best', 'latitude', 'actor1']) expect(kept).not.toHaveProperty(field);
    expect(kept).toMatchObject({ wounded_best: 0, event_date: '2019-06-21' });
    expect(compactRecord(eventRecord({ id: 'x', doc_id: 'x' }))).toBe('{}');
  });

  it('reads a record with nulls and empties still in it (rows migrated from version 1)', () => {
    const legacy = JSON.stringify({ ...full, doc_id: undefined, id: undefined, actor2: null, counts: {} });
    expect(expandRecord(stored(full, legacy))).toEqual({ ...full, counts: {} });
  });
});
