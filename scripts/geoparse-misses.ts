// Development aid: every gold toponym of the geoparsing corpora that sitrep misses or places wrongly, with
// its context and what sitrep made of it, grouped by kind of miss so general causes show first.
// Usage: node --import tsx scripts/geoparse-misses.ts DATA_DIR OUT.tsv [CORPUS.xml|DIR...]
// The rows (corpus text included) go to OUT.tsv, which belongs outside the repository; the summary to stdout.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { makeDocument } from '../src/core/document.ts';
import type { PlaceMention } from '../src/core/mention.ts';
import { runPipeline } from '../src/core/run.ts';
import { createTrace } from '../src/core/trace.ts';
import { openReader } from '../src/cli/open-reader.ts';
import { distanceKm } from '../src/eval/distance.ts';
import { parseGeoparseCorpus, type GoldToponym } from '../src/eval/geoparse-corpus.ts';
import { RESOLVED_KM } from '../src/eval/score-geoparse.ts';
import { unitHoldsFrom } from '../src/eval/run-geoparse.ts';
import { placeNames } from '../src/extract/places/place-names.ts';
import { DEMONYMS, NON_PLACE_HEADS, ORGANISATION_WORDS } from '../src/extract/places/place-words.ts';
import type { Gazetteer } from '../src/geo/gazetteer.ts';
import { loadImportedGazetteer } from '../src/geo/imported-gazetteer.ts';
import { resolvePlaces } from '../src/refine/resolve-places.ts';

const [dataDir, out, ...inputs] = process.argv.slice(2);
if (!dataDir || !out) throw new Error('usage: geoparse-misses.ts DATA_DIR OUT.tsv [CORPUS...]');
const sources = inputs.length > 0 ? inputs : ['../shared/evaldata/geoparsing'];
const files = sources.flatMap((s) => (statSync(s).isDirectory() ? readdirSync(s).filter((f) => f.endsWith('.xml')).map((f) => join(s, f)) : [s]));
const reader = await openReader({ dataDir });
const boundaries = loadImportedGazetteer(dataDir)?.boundaries() ?? null;
const unitHolds = unitHoldsFrom(boundaries);

/** How far off a wrong point is, by the admin units (imported polygons) of the two points. */
function howFar(ours: { latitude: number; longitude: number }, gold: { latitude: number; longitude: number }): string {
  const a = boundaries?.unitsAt(ours.latitude, ours.longitude).admin1 ?? null;
  const b = boundaries?.unitsAt(gold.latitude, gold.longitude).admin1 ?? null;
  if (!a || !b) return 'units unknown';
  if (a.countryCode !== b.countryCode) return 'wrong country';
  return a.code !== b.code ? 'right country, wrong state' : 'right state, > 161 km';
}

const ABBREVIATION = /^(?:\p{Lu}\.){2,}$|^\p{Lu}\p{Ll}{0,4}\.$/u;
const CAPITALISED = /^\p{Lu}/u;

/** The capitalised words around the toponym ("Fort Worth Police Department" around "Fort Worth"). */
function enclosingRun(text: string, t: GoldToponym): string {
  const words = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 0);
  const left = words(text.slice(Math.max(0, t.start - 60), t.start)).reverse();
  const right = words(text.slice(t.end, t.end + 60));
  const take = (list: string[]): string[] => {
    const kept: string[] = [];
    for (const w of list) {
      if (!CAPITALISED.test(w) && !/^(?:of|the|and|for)$/.test(w)) break;
      kept.push(w);
      if (/[,.;:)]$/.test(w)) break;
    }
    return kept;
  };
  return [...take(left).reverse(), t.phrase, ...take(right)].join(' ');
}

function missKind(g: Gazetteer, text: string, t: GoldToponym): string {
  const lower = t.phrase.toLowerCase();
  if (DEMONYMS.has(lower) || DEMONYMS.has(lower.replace(/s$/, ''))) return 'missed: demonym';
  if (ABBREVIATION.test(t.phrase)) return 'missed: abbreviation';
  if (!CAPITALISED.test(t.phrase)) return 'missed: lower case';
  // "Roselle police", "the Damascus government": sitrep reads the name as part of an actor, by design.
  const next = /^\s(\p{L}+)/u.exec(text.slice(t.end, t.end + 30))?.[1]?.toLowerCase();
  if (next && (NON_PLACE_HEADS.has(next) || NON_PLACE_HEADS.has(next.replace(/s$/, '')))) return 'missed: inside an organisation name';
  const run = enclosingRun(text, t);
  if (run !== t.phrase && run.split(/\s+/).some((w) => ORGANISATION_WORDS.has(w.toLowerCase().replace(/[^a-z]/g, '')))) return 'missed: inside an organisation name';
  if (run !== t.phrase && /^\p{Lu}/u.test(text.slice(t.end + 1, t.end + 2)) && text[t.end] === ' ') return 'missed: inside a longer capitalised name';
  if (g.countryByName(t.phrase) || g.admin1ByName(t.phrase).length > 0) return 'missed: a country or province name';
  const exact = g.match(t.phrase).filter((m) => m.distance === 0);
  if (exact.length === 0) return g.match(t.phrase).length > 0 ? 'missed: gazetteer has near spellings only' : 'missed: not in the gazetteer';
  if (t.latitude !== null && exact.some((m) => distanceKm(m.place, { latitude: t.latitude!, longitude: t.longitude! }) <= RESOLVED_KM)) return 'missed: gazetteer has it (dropped by the extractor)';
  return 'missed: gazetteer has only namesakes';
}

function wrongKind(g: Gazetteer, m: PlaceMention, t: GoldToponym): string | null {
  if (t.latitude === null || t.longitude === null) return null;
  const gold = { latitude: t.latitude, longitude: t.longitude };
  if (m.latitude !== null && m.longitude !== null) {
    if (distanceKm({ latitude: m.latitude, longitude: m.longitude }, gold) <= RESOLVED_KM) return null;
    const right = g.match(m.name).some((c) => distanceKm(c.place, gold) <= RESOLVED_KM) || g.match(t.phrase).some((c) => distanceKm(c.place, gold) <= RESOLVED_KM);
    const far = howFar({ latitude: m.latitude, longitude: m.longitude }, gold);
    return right ? `wrong point (${far}): right place among candidates` : `wrong point (${far}): not in gazetteer`;
  }
  if (m.placeId === null && m.country === null) return 'unresolved';
  const holds = unitHolds(m, t.latitude, t.longitude);
  if (holds === false) return `wrong unit (${m.level})`;
  if (holds === null && m.level === 'town') return 'town left without a point';
  return null;
}

const rows: string[] = [['corpus', 'article', 'kind', 'gold', 'gold point', 'sitrep', 'context'].join('\t')];
const kinds = new Map<string, Map<string, number>>();
const bump = (corpus: string, kind: string): void => {
  const m = kinds.get(kind) ?? new Map<string, number>();
  m.set(corpus, (m.get(corpus) ?? 0) + 1);
  kinds.set(kind, m);
};
const clean = (s: string): string => s.replace(/\s+/g, ' ');
for (const file of files) {
  const corpus = basename(file, '.xml');
  for (const article of parseGeoparseCorpus(readFileSync(file, 'utf8'), file).articles) {
    const doc = makeDocument({ id: article.id, text: article.text, published: null, source: null });
    const ctx = { doc, gazetteer: reader.gazetteer, lexicons: reader.lexicons, trace: createTrace(false) };
    const mentions = runPipeline(ctx, [placeNames], [resolvePlaces]).mentions.flat().filter((m): m is PlaceMention => m.kind === 'place');
    for (const t of article.toponyms) {
      const m = mentions.find((p) => p.span.start < t.end && t.start < p.span.end);
      const kind = m ? wrongKind(reader.gazetteer, m, t) : missKind(reader.gazetteer, article.text, t);
      bump(corpus, kind ?? 'right');
      if (!kind) continue;
      const said = m ? `${m.level} ${m.name} ${m.admin1 ?? ''} ${m.iso3 ?? ''} ${m.latitude ?? ''},${m.longitude ?? ''}` : '';
      const context = clean(`${article.text.slice(Math.max(0, t.start - 70), t.start)}[[${t.phrase}]]${article.text.slice(t.end, t.end + 70)}`);
      rows.push([corpus, article.id, kind, t.phrase, `${t.latitude ?? ''},${t.longitude ?? ''}`, said, context].join('\t'));
    }
  }
}
writeFileSync(out, rows.join('\n') + '\n');
const corpora = files.map((f) => basename(f, '.xml'));
console.log(['kind'.padEnd(52), ...corpora.map((c) => c.padStart(10))].join(''));
for (const [kind, counts] of [...kinds].sort((a, b) => [...b[1].values()].reduce((x, y) => x + y) - [...a[1].values()].reduce((x, y) => x + y))) {
  console.log([kind.padEnd(52), ...corpora.map((c) => String(counts.get(c) ?? 0).padStart(10))].join(''));
}
// The two groups the kinds fall in: not found at all, and found but resolved wrong or not at all.
const group = (c: string, found: boolean): number =>
  [...kinds].filter(([k]) => k !== 'right' && k.startsWith('missed') !== found).reduce((sum, [, m]) => sum + (m.get(c) ?? 0), 0);
console.log(['not found (all kinds)'.padEnd(52), ...corpora.map((c) => String(group(c, false)).padStart(10))].join(''));
console.log(['found, not resolved (all kinds)'.padEnd(52), ...corpora.map((c) => String(group(c, true)).padStart(10))].join(''));
// Found shares with the toponyms sitrep leaves out by design (demonyms, names inside organisations) set apart.
console.log('\ncorpus      found   found without demonyms and names inside organisations');
for (const c of corpora) {
  const count = (k: string): number => kinds.get(k)?.get(c) ?? 0;
  const gold = [...kinds.values()].reduce((sum, m) => sum + (m.get(c) ?? 0), 0);
  const missed = [...kinds].filter(([k]) => k.startsWith('missed')).reduce((sum, [, m]) => sum + (m.get(c) ?? 0), 0);
  const apart = count('missed: demonym') + count('missed: inside an organisation name');
  console.log(`${c.padEnd(10)} ${((gold - missed) / gold).toFixed(3)}   ${((gold - missed) / (gold - apart)).toFixed(3)}`);
}

