import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { makeDocument } from '../core/document.ts';
import type { PlaceMention } from '../core/mention.ts';
import { runPipeline } from '../core/run.ts';
import { createTrace } from '../core/trace.ts';
import { placeNames } from '../extract/places/place-names.ts';
import type { BoundaryIndex } from '../geo/boundary-index.ts';
import { placeKey } from '../geo/place-key.ts';
import { worldAreaByKey } from '../geo/world-areas.ts';
import type { Reader } from '../read-document.ts';
import { resolvePlaces } from '../refine/resolve-places.ts';
import { formatGeoparseReport } from './format-geoparse-report.ts';
import { parseGeoparseCorpus } from './geoparse-corpus.ts';
import { addCounts, NO_COUNTS, scoreGeoparseArticle, type GeoparseCounts, type UnitHolds } from './score-geoparse.ts';

const COUNTRY_ID = /^country:([A-Z]{2})$/;
const ADMIN1_ID = /^admin1:([A-Z]{2})\.(.+)$/;
const AREA_ID = /^area:(.+)$/;

/**
 * Countries, provinces and world areas checked against imported polygons: the gold point must lie inside the
 * unit named (inside one of an area's countries; a point in no polygon, at sea, leaves an area unchecked).
 */
export function unitHoldsFrom(boundaries: BoundaryIndex | null): UnitHolds {
  return (mention: PlaceMention, latitude: number, longitude: number) => {
    if (!boundaries) return null;
    const id = mention.placeId ?? '';
    const area = AREA_ID.exec(id);
    if (area) {
      const countries = worldAreaByKey(area[1]!)?.countries;
      const at = boundaries.unitsAt(latitude, longitude).admin1;
      return countries && at ? countries.has(at.countryCode) : null;
    }
    const country = COUNTRY_ID.exec(id);
    const admin1 = ADMIN1_ID.exec(id);
    if (!country && !admin1) return null;
    const at = boundaries.unitsAt(latitude, longitude).admin1;
    if (country) return at?.countryCode === country[1];
    return at !== null && at.countryCode === admin1![1] && (at.code === admin1![2] || placeKey(at.name) === placeKey(mention.name));
  };
}

async function corpusFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if ((await stat(input)).isDirectory()) files.push(...(await readdir(input)).filter((f) => f.endsWith('.xml')).sort().map((f) => join(input, f)));
    else files.push(input);
  }
  return files;
}

/** `sitrep eval --geoparse`: the geoparser alone (the place stages) over each corpus, scored per corpus and in all. */
export async function evalGeoparse(reader: Reader, inputs: readonly string[], unitHolds: UnitHolds, verbose: boolean): Promise<{ report: string; json: object }> {
  const rows: [string, GeoparseCounts][] = [];
  const problems: string[] = [];
  for (const file of await corpusFiles(inputs)) {
    const corpus = parseGeoparseCorpus(await readFile(file, 'utf8'), file);
    if (corpus.articles.length === 0) throw new Error(`${file}: no <article> elements: not a geoparsing corpus`);
    problems.push(...corpus.problems);
    let counts = NO_COUNTS;
    for (const article of corpus.articles) {
      const doc = makeDocument({ id: article.id, text: article.text, published: null, source: null });
      const ctx = { doc, gazetteer: reader.gazetteer, lexicons: reader.lexicons, trace: createTrace(false) };
      const state = runPipeline(ctx, [placeNames], [resolvePlaces]);
      const mentions = state.mentions.flat().filter((m): m is PlaceMention => m.kind === 'place');
      counts = addCounts(counts, scoreGeoparseArticle(article, mentions, unitHolds));
    }
    rows.push([basename(file), counts]);
  }
  if (rows.length > 1) rows.push(['all', rows.reduce((sum, [, c]) => addCounts(sum, c), NO_COUNTS)]);
  let report = formatGeoparseReport(rows, problems.length);
  if (verbose && problems.length > 0) report += `\n${problems.join('\n')}`;
  return { report, json: { corpora: Object.fromEntries(rows), skipped_toponyms: problems } };
}
