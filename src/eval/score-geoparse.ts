import type { PlaceMention } from '../core/mention.ts';
import { DEMONYMS } from '../extract/lexicon/index.ts';
import { distanceKm } from './distance.ts';
import type { GeoparseArticle, GoldToponym } from './geoparse-corpus.ts';

/**
 * Geoparsing scores in the usual terms: a gold toponym is *found* when a place mention overlaps its span;
 * a found toponym is *resolved* when the mention's point lies within 161 km (100 miles) of the gold point.
 * sitrep gives provinces and countries no point, never a centroid: such a mention counts as resolved when
 * the gold point lies inside the unit, checked against imported boundary polygons (`unitHolds`); without
 * polygons it is left out of the resolution share and counted apart.
 */
export const RESOLVED_KM = 161;
export const GEOPARSE_TARGETS = { found: 0.8, resolved: 0.9 } as const;

/** Whether the unit a mention names holds the point; null when that cannot be checked. */
export type UnitHolds = (mention: PlaceMention, latitude: number, longitude: number) => boolean | null;

export interface GeoparseCounts {
  readonly gold: number;
  readonly found: number;
  readonly foundExact: number;
  /** Gold toponyms that are demonyms ("Turkish"): sitrep reads them as country evidence, not as places. */
  readonly goldDemonyms: number;
  readonly foundDemonyms: number;
  readonly predicted: number;
  readonly predictedOnGold: number;
  /** Found toponyms with gold coordinates, by how the mention resolved them. */
  readonly pointNear: number;
  readonly pointFar: number;
  readonly unitRight: number;
  readonly unitWrong: number;
  readonly unitUnchecked: number;
  readonly unresolved: number;
}

export const NO_COUNTS: GeoparseCounts = {
  gold: 0, found: 0, foundExact: 0, goldDemonyms: 0, foundDemonyms: 0, predicted: 0, predictedOnGold: 0,
  pointNear: 0, pointFar: 0, unitRight: 0, unitWrong: 0, unitUnchecked: 0, unresolved: 0,
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function isDemonym(t: GoldToponym): boolean {
  return DEMONYMS.has(t.phrase.toLowerCase());
}

type Resolution = 'pointNear' | 'pointFar' | 'unitRight' | 'unitWrong' | 'unitUnchecked' | 'unresolved';

function resolution(m: PlaceMention, t: GoldToponym, unitHolds: UnitHolds): Resolution {
  if (m.latitude !== null && m.longitude !== null) {
    const km = distanceKm({ latitude: m.latitude, longitude: m.longitude }, { latitude: t.latitude!, longitude: t.longitude! });
    return km <= RESOLVED_KM ? 'pointNear' : 'pointFar';
  }
  if (m.placeId === null && m.country === null) return 'unresolved';
  const holds = unitHolds(m, t.latitude!, t.longitude!);
  return holds === null ? 'unitUnchecked' : holds ? 'unitRight' : 'unitWrong';
}

export function scoreGeoparseArticle(article: GeoparseArticle, mentions: readonly PlaceMention[], unitHolds: UnitHolds): GeoparseCounts {
  const counts = { ...NO_COUNTS, gold: article.toponyms.length, predicted: mentions.length };
  for (const t of article.toponyms) {
    const demonym = isDemonym(t);
    if (demonym) counts.goldDemonyms += 1;
    const m = mentions.find((p) => overlaps(p.span, t));
    if (!m) continue;
    counts.found += 1;
    if (demonym) counts.foundDemonyms += 1;
    if (m.span.start === t.start && m.span.end === t.end) counts.foundExact += 1;
    if (t.latitude !== null && t.longitude !== null) counts[resolution(m, t, unitHolds)] += 1;
  }
  counts.predictedOnGold = mentions.filter((m) => article.toponyms.some((t) => overlaps(m.span, t))).length;
  return counts;
}

export function addCounts(a: GeoparseCounts, b: GeoparseCounts): GeoparseCounts {
  const out = { ...a };
  for (const key of Object.keys(b) as (keyof GeoparseCounts)[]) out[key] += b[key];
  return out;
}

export interface GeoparseShares {
  readonly found: number | null;
  readonly foundWithoutDemonyms: number | null;
  readonly precision: number | null;
  readonly resolved: number | null;
  readonly resolvedPoints: number | null;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function geoparseShares(c: GeoparseCounts): GeoparseShares {
  const scored = c.pointNear + c.pointFar + c.unitRight + c.unitWrong + c.unresolved;
  return {
    found: ratio(c.found, c.gold),
    foundWithoutDemonyms: ratio(c.found - c.foundDemonyms, c.gold - c.goldDemonyms),
    precision: ratio(c.predictedOnGold, c.predicted),
    resolved: ratio(c.pointNear + c.unitRight, scored),
    resolvedPoints: ratio(c.pointNear, c.pointNear + c.pointFar),
  };
}
