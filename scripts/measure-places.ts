/**
 * Measures the place extractor and resolver on ACLED rows: `notes` in, the first town (else province, else
 * country) the resolver places compared with the row's gold country, admin1 and point.
 *   node --import tsx scripts/measure-places.ts FILE.csv... [--cache DIR]
 * Reads the data where it lies; nothing is copied into the repository.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlaceMention } from '../src/core/mention.ts';
import { makeDocument } from '../src/core/document.ts';
import { runPipeline } from '../src/core/run.ts';
import { createTrace } from '../src/core/trace.ts';
import { placeNames } from '../src/extract/places/place-names.ts';
import { loadEmbeddedGazetteer } from '../src/geo/embedded-gazetteer.ts';
import type { Gazetteer } from '../src/geo/gazetteer.ts';
import { bareAdminName } from '../src/geo/admin-name.ts';
import { placeKey } from '../src/geo/place-key.ts';
import { parseCsv } from '../src/ingest/csv.ts';
import { resolvePlaces } from '../src/refine/resolve-places.ts';

const args = process.argv.slice(2);
const cacheAt = args.indexOf('--cache');
const cacheDir = cacheAt >= 0 ? args.splice(cacheAt, 2)[1]! : join(tmpdir(), 'sitrep-measure-cache');
const gazetteer = loadEmbeddedGazetteer({ cacheDir });

function sameName(a: string, b: string): boolean {
  return placeKey(bareAdminName(a)) === placeKey(bareAdminName(b));
}

/** Gold admin1 equals the predicted unit's name or any of its aliases, after normalisation. */
function admin1Matches(g: Gazetteer, mention: PlaceMention, gold: string): boolean {
  if (!mention.admin1) return false;
  if (sameName(mention.admin1, gold)) return true;
  const country = mention.country ? g.countryByName(mention.country) : null;
  if (g.admin1ByName(gold, country?.code).some((u) => sameName(u.name, mention.admin1!))) return true;
  const units = g.admin1ByName(mention.admin1, country?.code);
  return units.some((u) => [u.name, ...u.aliases].some((n) => sameName(n, gold)));
}

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const x = (bLon - aLon) * rad * Math.cos(((aLat + bLat) / 2) * rad);
  return Math.hypot(x, (bLat - aLat) * rad) * 6371;
}

// The most salient place of an ACLED note: the name its "(Admin2, Admin1)" parenthesis follows, else its
// first town, else its first province, else its first country.
function salient(text: string, mentions: readonly PlaceMention[]): PlaceMention | null {
  const located = mentions.find((m) => m.country !== null && /^\s?\(/.test(text.slice(m.span.end, m.span.end + 2)));
  if (located) return located;
  const ranked = (level: PlaceMention['level'][]) => mentions.find((m) => level.includes(m.level) && m.country !== null);
  return ranked(['town']) ?? ranked(['admin2']) ?? ranked(['admin1', 'region']) ?? ranked(['country']) ?? null;
}

for (const file of args) {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const col = (name: string): number => header!.indexOf(name);
  const [notes, country, admin1, lat, lon, precision] = ['notes', 'country', 'admin1', 'latitude', 'longitude', 'geo_precision'].map(col);
  let n = 0, countryOk = 0, admin1Ok = 0, found = 0, precise = 0, within10 = 0, bytes = 0, ms = 0;
  const misses: string[] = [];
  for (const row of rows) {
    if (row.length < header!.length) continue;
    n += 1;
    const doc = makeDocument({ id: `row-${n}`, text: row[notes!]! });
    bytes += doc.text.length;
    const started = performance.now();
    const ctx = { doc, gazetteer, lexicons: {} as never, trace: createTrace(false) };
    const state = runPipeline(ctx, [placeNames], [resolvePlaces]);
    ms += performance.now() - started;
    const place = salient(doc.text, state.mentions.flat().filter((m): m is PlaceMention => m.kind === 'place'));
    if (!place) {
      if (misses.length < 15) misses.push(`NONE | ${row[admin1!]} | ${doc.text.slice(0, 140)}`);
      continue;
    }
    found += 1;
    if (place.country && sameName(place.country, row[country!]!)) countryOk += 1;
    if (admin1Matches(gazetteer, place, row[admin1!]!)) admin1Ok += 1;
    else if (misses.length < 15) misses.push(`${place.name}/${place.admin1}/${place.country} vs ${row[admin1!]}/${row[country!]} | ${doc.text.slice(0, 120)}`);
    if (row[precision!] === '1') {
      precise += 1;
      if (place.latitude !== null && place.longitude !== null && km(place.latitude, place.longitude, Number(row[lat!]), Number(row[lon!])) <= 10) within10 += 1;
    }
  }
  const share = (k: number, of: number): string => (of === 0 ? 'n/a' : (k / of).toFixed(3));
  console.log(`${file}\n  rows ${n}, with a place ${share(found, n)}`);
  console.log(`  country ${share(countryOk, n)}, admin1 ${share(admin1Ok, n)}, within 10 km (geo_precision 1) ${share(within10, precise)}`);
  console.log(`  ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s, ${(ms / n).toFixed(3)} ms/row`);
  for (const miss of misses) console.log(`    miss: ${miss}`);
}
