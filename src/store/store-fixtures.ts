import { makeDocument, type Document } from '../core/document.ts';
import type { EventRecord } from '../core/event.ts';
import { eventRecord } from '../eval/event-record-fixture.ts';

/** Documents and events for the contract suite and the benchmarks: small, varied, every filter exercised. */

export function testDocument(id: string, text: string, extra: Partial<Document> = {}): Document {
  return makeDocument({ id, text, published: '2020-01-10', source: 'Test Wire', title: null, ...extra });
}

export function testEvent(docId: string, n: number, fields: Partial<EventRecord> = {}): EventRecord {
  const date = fields.event_date ?? null;
  return eventRecord({ id: `${docId}#${n}`, doc_id: docId, date_start: date, date_end: date, ...fields });
}

/** A fixed clock that ticks one second per reading, so that every write has its own timestamp. */
export function tickingClock(start = '2024-01-01T00:00:00.000Z'): { now: () => Date; peek: () => string } {
  let t = Date.parse(start);
  return {
    now: () => new Date((t += 1000)),
    peek: () => new Date(t).toISOString(),
  };
}

export const SYRIA_TEXT = 'Syria Daily. Airstrikes on Idlib Province killed twelve civilians; clashes in Hama.';
export const YEMEN_TEXT = 'A strike on a crowded market in Saada killed 14 people, the health ministry said.';
export const IRAQ_TEXT = 'Protesters gathered in Tahrir Square in Baghdad on Sunday.';
export const FIJI_TEXT = 'Fighting was reported on both sides of the date line.';

/** Four documents and eight events; the contract's filter table refers to them by letter. */
export function filterFixture(): { doc: Document; events: EventRecord[] }[] {
  const syria = testDocument('syria', SYRIA_TEXT);
  const yemen = testDocument('yemen', YEMEN_TEXT, { url: 'https://example.org/yemen' });
  const iraq = testDocument('iraq', IRAQ_TEXT);
  const fiji = testDocument('fiji', FIJI_TEXT);
  const sy = { country: 'Syria', iso3: 'SYR' };
  return [
    {
      doc: syria,
      events: [
        testEvent('syria', 1, { ...sy, event_date: '2019-06-21', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', admin1: 'Idlib', actor1: 'Military Forces of Syria', actor2: 'Civilians (Syria)', latitude: 35.93, longitude: 36.63, killed_best: 12, reported_by: ['White Helmets', 'SOHR'] }),
        testEvent('syria', 2, { ...sy, event_date: '2019-06-20', event_type: 'Battles', sub_event_type: 'Armed clash', admin1: 'Hama', actor1: 'Hayat Tahrir al-Sham', actor2: 'Military Forces of Syria', latitude: 35.13, longitude: 36.75, killed_best: 3, reported_by: ['SOHR'] }),
        testEvent('syria', 3, { ...sy, kind: 'aggregate', event_date: '2019-04-30', event_type: 'Explosions/Remote violence', admin1: 'Idlib', killed_best: 350, reported_by: ['SNHR'] }),
      ],
    },
    {
      doc: yemen,
      events: [
        testEvent('yemen', 1, { country: 'Yemen', iso3: 'YEM', event_date: '2019-11-11', event_type: 'Explosions/Remote violence', admin1: "Sa'dah", actor1: 'Operation Restoring Hope', latitude: 16.94, longitude: 43.76, killed_best: 14, reported_by: ['Houthi Health Ministry'] }),
        testEvent('yemen', 2, { country: 'Yemen', iso3: 'YEM', event_type: 'Strategic developments' }),
      ],
    },
    {
      doc: iraq,
      events: [testEvent('iraq', 1, { country: 'Iraq', iso3: 'IRQ', event_date: '2020-01-05', event_type: 'Protests', admin1: 'Baghdad', actor1: 'Protesters (Iraq)', latitude: 33.31, longitude: 44.36, killed_best: 0 })],
    },
    {
      doc: fiji,
      events: [
        testEvent('fiji', 1, { country: 'Fiji', iso3: 'FJI', event_date: '2020-01-06', event_type: 'Battles', admin1: 'Northern', latitude: -16.5, longitude: 179.5, killed_best: 1 }),
        testEvent('fiji', 2, { country: 'Fiji', iso3: 'FJI', event_date: '2020-01-06', event_type: 'Battles', admin1: 'Eastern', latitude: -17.2, longitude: -179.8, killed_best: 2 }),
      ],
    },
  ];
}
