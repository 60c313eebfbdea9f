import { describe, expect, it } from 'vitest';
import { makeDocument } from '../core/document.ts';
import type { PlaceMention } from '../core/mention.ts';
import { runPipeline } from '../core/run.ts';
import { createTrace } from '../core/trace.ts';
import { placeNames } from '../extract/places/place-names.ts';
import { createMemoryGazetteer } from '../geo/memory-gazetteer.ts';
import { SYRIA_ADMINS, SYRIA_COUNTRIES, SYRIA_PLACES } from '../geo/syria-fixture.ts';
import { resolvePlaces } from './resolve-places.ts';

const gazetteer = createMemoryGazetteer({ places: SYRIA_PLACES, countries: SYRIA_COUNTRIES, admins: SYRIA_ADMINS });

function resolved(text: string): string[] {
  const ctx = { doc: makeDocument({ id: 't', text }), gazetteer, lexicons: {} as never, trace: createTrace(false) };
  const state = runPipeline(ctx, [placeNames], [resolvePlaces]);
  return state.mentions
    .flat()
    .filter((m): m is PlaceMention => m.kind === 'place')
    .map((m) => `${text.slice(m.span.start, m.span.end)}|${m.level}|${m.admin1 ?? '-'}|${m.latitude === null ? 'no-point' : 'point'}`);
}

describe('resolve-places', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    ['Troops advanced in northern Hama. They shelled the village of Jalmeh.', ['northern Hama|region|Hama|no-point', 'Jalmeh|town|Hama|point']],
    ['Shells fell on Homs Province. The village of Jalma was hit.', ['Homs Province|admin1|Homs|no-point', 'Jalma|town|Homs|point']],
    ['Clashes in northwest Hama Province. Rebels held the village of Qastoun.', ['northwest Hama Province|region|Hama|no-point', 'Qastoun|town|Hama|no-point']],
    ['Jets struck Damascus.', ['Damascus|town|Dimashq|point']],
    // Negative row: a near spelling outside any named province is not believed.
    ['Talks in Jalmez ended.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(resolved(text)).toEqual(expected);
  });

  it('does not mutate its input state', () => {
    const ctx = { doc: makeDocument({ id: 't', text: 'Shells hit the village of Jalmeh in Hama Province.' }), gazetteer, lexicons: {} as never, trace: createTrace(false) };
    const before = runPipeline(ctx, [placeNames], []);
    const copy = JSON.stringify(before);
    resolvePlaces.refine(ctx, before);
    expect(JSON.stringify(before)).toBe(copy);
  });
});
