import { makeDocument } from '../core/document.ts';
import type { PlaceMention } from '../core/mention.ts';
import { runPipeline } from '../core/run.ts';
import { createTrace } from '../core/trace.ts';
import { placeNames } from '../extract/places/place-names.ts';
import type { Gazetteer } from '../geo/gazetteer.ts';
import { resolvePlaces } from '../refine/resolve-places.ts';

/** The place mentions of one text after the place stages alone (extract, then resolve), for table tests. */
export function resolvedPlaces(gazetteer: Gazetteer, text: string): PlaceMention[] {
  const ctx = { doc: makeDocument({ id: 't', text }), gazetteer, lexicons: {} as never, trace: createTrace(false) };
  return runPipeline(ctx, [placeNames], [resolvePlaces])
    .mentions.flat()
    .filter((m): m is PlaceMention => m.kind === 'place');
}
