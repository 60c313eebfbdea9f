import { makeDocument, type Document } from '../src/core/document.ts';
import type { EventRecord } from '../src/core/event.ts';
import { EVENT_TYPES, TAXONOMY, type EventType } from '../src/core/taxonomy.ts';
import { eventRecord } from '../src/eval/event-record-fixture.ts';

/**
 * Synthetic documents and events for the store benchmark, skewed like ACLED's record: 100 countries with
 * Zipf-like weights, 28 years with later years denser, a few thousand actor names, most events killing
 * no one and most of the rest one to three. Each report covers the week before its publication.
 * Deterministic for a given seed and size.
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

const NAMED: readonly (readonly [string, string, number, number])[] = [
  ['Syria', 'SYR', 35, 38], ['Ukraine', 'UKR', 49, 32], ['India', 'IND', 22, 79], ['Yemen', 'YEM', 15.5, 47],
  ['Mexico', 'MEX', 23, -102], ['Brazil', 'BRA', -10, -52], ['Nigeria', 'NGA', 9, 8], ['Pakistan', 'PAK', 30, 70],
  ['Afghanistan', 'AFG', 34, 66], ['Iraq', 'IRQ', 33, 44], ['Somalia', 'SOM', 5, 46], ['Myanmar', 'MMR', 21, 96],
  ['Democratic Republic of Congo', 'COD', -2, 23], ['Sudan', 'SDN', 15, 30], ['Colombia', 'COL', 4, -73],
  ['Burkina Faso', 'BFA', 12, -1.5], ['Mali', 'MLI', 17, -4], ['Philippines', 'PHL', 12, 122], ['Ethiopia', 'ETH', 9, 39],
  ['Fiji', 'FJI', -17.5, 179],
];

/** Twenty real countries, then eighty made-up ones spread over the map; weight falls as 1/rank^0.9. */
export const COUNTRIES: readonly SyntheticCountry[] = Array.from({ length: 100 }, (_, i) => {
  const [name, iso3, lat, lon] = NAMED[i] ?? [`Country ${i + 1}`, `X${String(i + 1).padStart(2, '0')}`, -50 + ((i * 37) % 110), -170 + ((i * 71) % 340)];
  return { name, iso3, lat, lon, weight: 1 / (i + 1) ** 0.9 };
});

const TYPE_WEIGHTS: Readonly<Record<EventType, number>> = {
  Protests: 36, Battles: 18, 'Explosions/Remote violence': 17, 'Violence against civilians': 14, Riots: 8, 'Strategic developments': 7,
};
export const REPORTERS = Array.from({ length: 40 }, (_, i) => `Reporter ${i + 1}`).concat(['SOHR', 'White Helmets', 'SANA', 'Reuters', 'AFP', 'OCHA']);
const WORDS = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
const COMMON_WORDS = WORDS.slice(0, 200);
/** Armed groups not tied to one country: with ten names per country, about 3,500 actor names in all. */
export const MILITIAS = 2500;

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** A draw from `items` in proportion to `weight`, by binary search over running totals computed once. */
function weighted<T>(items: readonly T[], weight: (item: T, index: number) => number): (rng: () => number) => T {
  let sum = 0;
  const running = items.map((item, i) => (sum += weight(item, i)));
  return (rng) => {
    const r = rng() * sum;
    let lo = 0;
    let hi = running.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (running[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}
const drawCountry = weighted(COUNTRIES, (c) => c.weight);
const drawReporter = weighted(REPORTERS, (_, i) => 1 / (i + 1));
const drawType = weighted(EVENT_TYPES, (t) => TYPE_WEIGHTS[t]);

/**
 * A publication day from 1997 to 2024, later years denser (ACLED's coverage grew). Reports arrive in
 * about the order they were published, as in a feed or a chronological backfill: `position` is how far
 * through the load this report is (0..1), and a few days of jitter mix neighbours.
 */
function publicationDay(rng: () => number, position: number): number {
  const start = Date.UTC(1997, 0, 8);
  const end = Date.UTC(2024, 11, 31);
  return Math.min(end, start + Math.sqrt(position) * (end - start) + Math.floor(rng() * 5) * 86_400_000);
}

function killedCount(rng: () => number): number {
  const r = rng();
  if (r < 0.55) return 0;
  if (r < 0.7) return 1;
  if (r < 0.8) return 2;
  if (r < 0.87) return 3;
  return 4 + Math.floor(-Math.log(1 - rng()) * 10);
}

function actorOf(rng: () => number, country: string): string {
  const r = rng();
  if (r < 0.3) return `Military Forces of ${country}`;
  if (r < 0.4) return `Police Forces of ${country}`;
  if (r < 0.55) return `Rebels of ${country} ${Math.floor(rng() * 6)}`;
  if (r < 0.75) return `Protesters (${country})`;
  if (r < 0.8) return `Rioters (${country})`;
  return `Militia ${Math.floor(rng() * MILITIAS)}`;
}

/** Report `n` of `documents`, with its events. */
export function syntheticDocument(rng: () => number, n: number, documents: number, eventsPerDocument: number): { doc: Document; events: EventRecord[] } {
  const country = drawCountry(rng);
  const id = `synthetic-${n}`;
  const published = publicationDay(rng, n / documents);
  const words = Array.from({ length: 60 }, () => (rng() < 0.5 ? pick(rng, COMMON_WORDS) : pick(rng, WORDS)));
  const source = drawReporter(rng);
  const doc = makeDocument({ id, text: `${country.name} report ${n}. ${words.join(' ')}.`, published: new Date(published).toISOString().slice(0, 10), source });
  const events = Array.from({ length: eventsPerDocument }, (_, k) => {
    const type = drawType(rng);
    const date = new Date(published - Math.floor(rng() * 7) * 86_400_000).toISOString().slice(0, 10);
    const placed = rng() < 0.7;
    const killed = killedCount(rng);
    const reporters = rng() < 0.2 ? [] : [source, ...(rng() < 0.3 ? [drawReporter(rng)] : [])];
    return eventRecord({
      id: `${id}#${k + 1}`,
      doc_id: id,
      kind: rng() < 0.05 ? 'aggregate' : 'incident',
      event_date: date, date_start: date, date_end: date, time_precision: 1,
      event_type: type, sub_event_type: pick(rng, TAXONOMY[type]),
      actor1: actorOf(rng, country.name),
      inter1: 1 + Math.floor(rng() * 8),
      actor2: rng() < 0.5 ? `Civilians (${country.name})` : rng() < 0.4 ? actorOf(rng, country.name) : null,
      inter2: 7,
      country: country.name, iso3: country.iso3, admin1: `${country.name} Province ${Math.floor(rng() * 20) + 1}`,
      location: `Town ${Math.floor(rng() * 5000)}`,
      latitude: placed ? country.lat + (rng() - 0.5) * 6 : null,
      longitude: placed ? wrapLongitude(country.lon + (rng() - 0.5) * 6) : null,
      geo_precision: placed ? 1 : 3, where_prec: placed ? 1 : 4,
      fatalities: killed, killed_low: killed, killed_best: killed, killed_high: killed,
      reported_by: [...new Set(reporters)],
      source: doc.source,
      notes: `On ${date}, synthetic event ${k + 1} of report ${n}.`,
    });
  });
  return { doc, events };
}

function wrapLongitude(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}
