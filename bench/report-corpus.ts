import { readFileSync } from 'node:fs';
import { defaultCitiesPath } from '../src/geo/embedded-gazetteer.ts';

/**
 * A synthetic corpus of report-like documents for the benchmark. The sentences are composed here from
 * templates written for sitrep; place names come from the embedded gazetteer, so the place stage does
 * real lookups. Deterministic: the same seed gives the same corpus, so runs compare.
 */

export interface BenchPlace {
  readonly name: string;
  readonly country: string;
}

// Countries that ACLED-style reports are mostly about; places there make the geo stage work as in real use.
const COUNTRIES = new Set(['SY', 'YE', 'IQ', 'AF', 'MM', 'NG', 'ML', 'BF', 'NE', 'SO', 'SD', 'SS', 'CD', 'UA', 'ET', 'CM', 'MZ', 'CO', 'MX', 'PK', 'LB', 'PS', 'LY']);

/** Towns of at least `minPopulation` from the GeoNames file, read straight from its columns. */
export function loadBenchPlaces(minPopulation = 15_000): BenchPlace[] {
  const places: BenchPlace[] = [];
  for (const line of readFileSync(defaultCitiesPath(), 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || !COUNTRIES.has(f[8]!)) continue;
    if (Number(f[14]) < minPopulation || !/^[A-Z][a-z' -]+$/.test(f[1]!)) continue;
    places.push({ name: f[1]!, country: f[8]! });
  }
  return places;
}

/** A small seeded generator (mulberry32): the corpus must not change between runs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ATTACKERS = [
  'regime forces', 'Russian warplanes', 'Houthi fighters', 'the Saudi-led coalition', 'unidentified gunmen',
  'Boko Haram militants', 'Islamic State fighters', 'al-Shabaab', 'the Myanmar military', 'Fulani militia',
  'Turkish drones', 'government troops', 'rebel fighters', 'an armed group', 'Wagner Group mercenaries',
  'the Arakan Army', 'RSF fighters', 'M23 rebels', 'Taliban fighters', 'JNIM militants', 'police', 'a mob',
];
const VICTIMS = [
  'civilians', 'people', 'children', 'women', 'soldiers', 'villagers', 'farmers', 'protesters', 'police officers',
  'militiamen', 'fighters', 'students', 'aid workers', 'journalists', 'members of one family', 'displaced people',
];
const WEAPONS = ['an air strike', 'artillery shelling', 'a drone strike', 'a car bomb', 'a roadside bomb', 'mortar fire', 'a suicide bombing', 'an ambush', 'a barrel bomb attack', 'rocket fire'];
const REPORTERS = [
  'the Syrian Observatory for Human Rights', 'local activists', 'a health ministry spokesman', 'the United Nations',
  'witnesses', 'a local official', 'Reuters', 'the Red Cross', 'medical sources', 'OCHA', 'the army', 'residents',
];
const QUALIFIERS = ['', '', '', 'at least ', 'more than ', 'about ', 'nearly ', 'up to ', 'some '];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'dozens of', 'a dozen', 'several', 'scores of'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TIMES = ['on Monday', 'on Tuesday night', 'late on Friday', 'early on Sunday', 'yesterday', 'last week', 'on Thursday morning', 'overnight'];

/** The slots a template can ask for; each call draws fresh values. */
type Slots = Record<string, () => string>;

const SENTENCES: readonly string[] = [
  '{weapon} on {place} killed {count} {victim} {time}, {reporter} said.',
  '{Count} {victim} were killed and {count} others wounded when {attacker} shelled {place} {time}.',
  '{attacker} attacked a checkpoint near {place} on {date}, killing {count} {victim}.',
  'According to {reporter}, {count} {victim} died in clashes between {attacker} and {attacker} in {place}.',
  'The death toll from {weapon} in {place} has risen to {number}, {reporter} reported.',
  'In {place}, {attacker} abducted {count} {victim} {time}.',
  'Hundreds of protesters gathered in {place} on {date} to demand the release of detained activists.',
  'Police fired tear gas to disperse demonstrators in {place}; {count} people were arrested.',
  '{reporter} documented {number} air strikes on {number} villages in {province} province during {month} {year}.',
  'More than {number} families fled {place} after {attacker} seized the town {time}.',
  'No casualties were reported after {weapon} hit an empty school in {place}.',
  '{attacker} and {attacker} exchanged fire near {place} for several hours, {reporter} said.',
  'A {age}-year-old boy was shot dead by {attacker} at a market in {place} on {date}.',
  'Among the dead were {count} children and a woman, {reporter} added.',
  'The attack on {place} on {weekday} was the {ordinal} in the district in less than a month.',
  '{count} {victim}, including {count} children, were wounded in {weapon} on the outskirts of {place}.',
  'Between {small} and {large} people have been displaced from {place} since {month}.',
  'A car bomb exploded outside a police station in {place}, {province}, at about {hour} local time.',
];

const FILLER: readonly string[] = [
  'The figures could not be independently verified.',
  'The conflict, now in its {ordinal} year, has displaced millions of people and left much of the country in ruins.',
  'Aid agencies have repeatedly warned that the humanitarian situation is deteriorating as winter approaches.',
  'Talks between the parties stalled in {month} after neither side agreed on the terms of a ceasefire.',
  'Prices of bread and fuel have more than doubled since the start of the year, residents told reporters.',
  'The government did not respond to a request for comment.',
  'Schools in the area have been closed for weeks, and many teachers have left for the capital.',
  'The United Nations has called for an independent investigation into the incident.',
  'Electricity has been cut for most of the day, and water supplies are running low in several neighbourhoods.',
  'Analysts said the offensive was meant to pressure the other side before the next round of negotiations.',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function slotsFor(random: () => number, places: readonly BenchPlace[]): Slots {
  const figure = (): string => (random() < 0.6 ? String(1 + Math.floor(random() * 60)) : pick(random, NUMBER_WORDS));
  const count = (): string => `${pick(random, QUALIFIERS)}${figure()}`;
  return {
    weapon: () => pick(random, WEAPONS),
    place: () => pick(random, places).name,
    province: () => pick(random, places).name,
    count,
    Count: () => capitalise(count()),
    victim: () => pick(random, VICTIMS),
    attacker: () => pick(random, ATTACKERS),
    reporter: () => pick(random, REPORTERS),
    time: () => pick(random, TIMES),
    number: () => String(2 + Math.floor(random() * 400)),
    small: () => String(100 + Math.floor(random() * 900)),
    large: () => `${1 + Math.floor(random() * 9)},${String(Math.floor(random() * 1000)).padStart(3, '0')}`,
    date: () => (random() < 0.5 ? `${1 + Math.floor(random() * 28)} ${pick(random, MONTHS)}` : `${pick(random, MONTHS)} ${1 + Math.floor(random() * 28)}`),
    month: () => pick(random, MONTHS),
    year: () => String(2015 + Math.floor(random() * 9)),
    weekday: () => pick(random, WEEKDAYS),
    ordinal: () => pick(random, ['second', 'third', 'fourth', 'fifth', 'eleventh']),
    age: () => String(6 + Math.floor(random() * 12)),
    hour: () => `${1 + Math.floor(random() * 11)}:${random() < 0.5 ? '30' : '15'} ${random() < 0.5 ? 'am' : 'pm'}`,
  };
}

function fill(template: string, slots: Slots): string {
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => slots[name]?.() ?? name);
  return capitalise(text);
}

function paragraph(random: () => number, slots: Slots): string {
  const filler = random() < 0.35;
  const n = 2 + Math.floor(random() * 4);
  const sentences: string[] = [];
  for (let i = 0; i < n; i += 1) sentences.push(fill(pick(random, filler && i > 0 ? FILLER : SENTENCES), slots));
  return sentences.join(' ');
}

export interface BenchDocument {
  readonly id: string;
  readonly text: string;
  readonly published: string;
}

/** Documents of 1–5 KB each, a headline and paragraphs, until `totalBytes` of text are made. */
export function makeCorpus(places: readonly BenchPlace[], totalBytes: number, seed = 2022): BenchDocument[] {
  const random = seededRandom(seed);
  const slots = slotsFor(random, places);
  const docs: BenchDocument[] = [];
  let made = 0;
  while (made < totalBytes) {
    const size = 1000 + Math.floor(random() * 4000);
    const parts = [fill('{weapon} kills {count} in {place}, {reporter} says', slots)];
    let length = parts[0]!.length;
    while (length < size) {
      const next = paragraph(random, slots);
      parts.push(next);
      length += next.length + 2;
    }
    const text = parts.join('\n\n');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    docs.push({ id: `bench-${docs.length}`, text, published: `2022-0${1 + Math.floor(random() * 6)}-${day}` });
    made += Buffer.byteLength(text);
  }
  return docs;
}
