import { makeDocument, type Document } from '../src/core/document.ts';
import type { EventRecord } from '../src/core/event.ts';
import { EVENT_TYPES, TAXONOMY, type EventType } from '../src/core/taxonomy.ts';
import { eventRecord } from '../src/eval/event-record-fixture.ts';

/**
 * Synthetic documents and events for the store benchmark: skewed like ACLED's record (a few countries and
 * event types dominate, most events kill no one), deterministic for a given seed.
 */

export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticCountry {
  readonly name: string;
  readonly iso3: string;
  readonly lat: number;
  readonly lon: number;
  readonly weight: number;
}

export const COUNTRIES: readonly SyntheticCountry[] = [
  ['Syria', 'SYR', 35, 38, 14], ['Yemen', 'YEM', 15.5, 47, 9], ['Ukraine', 'UKR', 49, 32, 12], ['India', 'IND', 22, 79, 10],
  ['Mexico', 'MEX', 23, -102, 6], ['Brazil', 'BRA', -10, -52, 5], ['Nigeria', 'NGA', 9, 8, 5], ['Pakistan', 'PAK', 30, 70, 5],
  ['Iraq', 'IRQ', 33, 44, 4], ['Afghanistan', 'AFG', 34, 66, 5], ['Somalia', 'SOM', 5, 46, 4], ['Sudan', 'SDN', 15, 30, 3],
  ['Myanmar', 'MMR', 21, 96, 4], ['Colombia', 'COL', 4, -73, 3], ['Democratic Republic of Congo', 'COD', -2, 23, 4],
  ['Burkina Faso', 'BFA', 12, -1.5, 2], ['Mali', 'MLI', 17, -4, 2], ['Philippines', 'PHL', 12, 122, 2], ['Ethiopia', 'ETH', 9, 39, 2],
  ['Fiji', 'FJI', -17.5, 179, 0.2],
].map(([name, iso3, lat, lon, weight]) => ({ name, iso3, lat, lon, weight }) as SyntheticCountry);

const TYPE_WEIGHTS: Readonly<Record<EventType, number>> = {
  Protests: 36, Battles: 18, 'Explosions/Remote violence': 17, 'Violence against civilians': 14, Riots: 8, 'Strategic developments': 7,
};
const REPORTERS = Array.from({ length: 40 }, (_, i) => `Reporter ${i + 1}`).concat(['SOHR', 'White Helmets', 'SANA', 'Reuters', 'AFP', 'OCHA']);
const WORDS = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

function weighted<T>(rng: () => number, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let r = rng() * total;
  for (const item of items) if ((r -= weight(item)) <= 0) return item;
  return items[items.length - 1]!;
}

/** Dates from 1997 to 2024, later years denser (ACLED's coverage grew). */
function eventDate(rng: () => number): string {
  const start = Date.UTC(1997, 0, 1);
  const span = Date.UTC(2024, 11, 31) - start;
  return new Date(start + Math.sqrt(rng()) * span).toISOString().slice(0, 10);
}

export function syntheticDocument(rng: () => number, n: number, eventsPerDocument: number): { doc: Document; events: EventRecord[] } {
  const country = weighted(rng, COUNTRIES, (c) => c.weight);
  const id = `synthetic-${n}`;
  const words = Array.from({ length: 60 }, () => (rng() < 0.5 ? pick(rng, WORDS.slice(0, 200)) : pick(rng, WORDS)));
  const doc = makeDocument({ id, text: `${country.name} report ${n}. ${words.join(' ')}.`, published: '2024-01-01', source: pick(rng, REPORTERS) });
  const events = Array.from({ length: eventsPerDocument }, (_, k) => {
    const type = weighted(rng, EVENT_TYPES, (t) => TYPE_WEIGHTS[t]);
    const date = eventDate(rng);
    const placed = rng() < 0.7;
    const killed = rng() < 0.6 ? 0 : Math.floor(-Math.log(1 - rng()) * 6);
    return eventRecord({
      id: `${id}#${k + 1}`,
      doc_id: id,
      kind: rng() < 0.05 ? 'aggregate' : 'incident',
      event_date: date, date_start: date, date_end: date, time_precision: 1,
      event_type: type, sub_event_type: pick(rng, TAXONOMY[type]),
      actor1: pick(rng, [`Military Forces of ${country.name}`, `Rebels of ${country.name} ${Math.floor(rng() * 8)}`, `Protesters (${country.name})`, `Militia ${Math.floor(rng() * 400)}`]),
      inter1: 1 + Math.floor(rng() * 8),
      actor2: rng() < 0.5 ? `Civilians (${country.name})` : null,
      inter2: 7,
      country: country.name, iso3: country.iso3, admin1: `${country.name} Province ${Math.floor(rng() * 20) + 1}`,
      location: `Town ${Math.floor(rng() * 5000)}`,
      latitude: placed ? country.lat + (rng() - 0.5) * 6 : null,
      longitude: placed ? wrapLongitude(country.lon + (rng() - 0.5) * 6) : null,
      geo_precision: placed ? 1 : 3, where_prec: placed ? 1 : 4,
      fatalities: killed, killed_low: killed, killed_best: killed, killed_high: killed,
      reported_by: [pick(rng, REPORTERS)],
      source: doc.source,
      notes: `On ${date}, synthetic event ${k + 1} of report ${n}.`,
    });
  });
  return { doc, events };
}

function wrapLongitude(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}
