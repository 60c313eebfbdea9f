import type { GeoPrecision, Mention, PlaceMention } from '../core/mention.ts';
import { mentionsOf } from './event-draft.ts';

export interface EventWhere {
  readonly place: PlaceMention | null;
  readonly geoPrecision: GeoPrecision | null;
  readonly wherePrec: number | null;
  readonly implied: string | null;
}

const RANK: Readonly<Record<PlaceMention['level'], number>> = { town: 0, admin2: 1, region: 2, admin1: 3, country: 4 };
const GEO_PRECISION: Readonly<Record<PlaceMention['level'], GeoPrecision>> = { town: 1, admin2: 2, region: 2, admin1: 3, country: 3 };
/** UCDP where_prec: 1 exact place, 3 second-order unit, 4 first-order unit, 6 country. */
const WHERE_PREC: Readonly<Record<PlaceMention['level'], number>> = { town: 1, admin2: 3, region: 4, admin1: 4, country: 6 };

function mostSpecific(places: readonly PlaceMention[]): PlaceMention | null {
  let best: PlaceMention | null = null;
  for (const p of places) if (!best || RANK[p.level] < RANK[best.level]) best = p;
  return best;
}

/**
 * The event's place: the most specific one named where the event opens, else in its other sentences (which may
 * mention other places in passing), else the nearest one before it.
 */
export function eventWhere(opening: readonly Mention[], mentions: readonly Mention[], before: readonly Mention[]): EventWhere {
  const own = mostSpecific(mentionsOf(opening, 'place').filter((p) => p.level !== 'country')) ?? mostSpecific(mentionsOf(mentions, 'place'));
  const near = own ? null : mostSpecific(mentionsOf(before, 'place').slice(-3));
  const place = own ?? near;
  if (!place) return { place: null, geoPrecision: null, wherePrec: null, implied: null };
  return {
    place,
    geoPrecision: GEO_PRECISION[place.level],
    wherePrec: WHERE_PREC[place.level],
    implied: own ? null : 'place/from-context: named in the sentences just before',
  };
}
