import { describe, expect, it } from 'vitest';
import { makeDocument } from '../core/document.ts';
import type { PlaceMention } from '../core/mention.ts';
import { runPipeline } from '../core/run.ts';
import { createTrace } from '../core/trace.ts';
import { placeNames } from '../extract/places/place-names.ts';
import { resolvePlaces } from '../refine/resolve-places.ts';
import { nameSupport } from './name-support.ts';
import { nearTownsGazetteer } from './near-towns-fixture.ts';

describe('nameSupport', () => {
  it('supports the candidates that lie near another name of the report, by that name’s share', () => {
    const support = nameSupport(nearTownsGazetteer, ['Henderson', 'Boulder City', 'Henderson']);
    expect(support.get('fixture:henderson-nv')).toBe(1);
    expect(support.get('fixture:boulder-city-nv')).toBe(0.5);
    expect(support.has('fixture:henderson-ky')).toBe(false);
  });

  it('gives nothing to a report with one name, or to names with no candidate near another', () => {
    expect(nameSupport(nearTownsGazetteer, ['Henderson']).size).toBe(0);
    expect(nameSupport(nearTownsGazetteer, ['Henderson', 'Salem', 'Nowhere']).size).toBe(0);
  });
});

function resolved(text: string): string[] {
  const ctx = { doc: makeDocument({ id: 't', text }), gazetteer: nearTownsGazetteer, lexicons: {} as never, trace: createTrace(false) };
  return runPipeline(ctx, [placeNames], [resolvePlaces])
    .mentions.flat()
    .filter((m): m is PlaceMention => m.kind === 'place')
    .map((m) => `${text.slice(m.span.start, m.span.end)}|${m.name}|${m.admin1 ?? '-'}`);
}

describe('resolve-places with the report’s towns read together', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    ['Henderson and Boulder City will share a fire station.', ['Henderson|Henderson|Nevada', 'Boulder City|Boulder City|Nevada']],
    ['Voters in Salem and Colchester backed the school budget.', ['Salem|Salem|Oregon', 'Colchester|Colchester|Connecticut']],
    // Negative rows: a state capital outranks a village that a name of two places only half supports (the
    // Colchester near Salem, Oregon is none, so Colchester, Connecticut stays); alone, a name goes to its likeliest place.
    ['Henderson approved the budget on Monday.', ['Henderson|Henderson|Kentucky']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(resolved(text)).toEqual(expected);
  });
});
