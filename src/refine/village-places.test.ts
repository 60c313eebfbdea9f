import { describe, expect, it } from 'vitest';
import { makeDocument } from '../core/document.ts';
import type { PlaceMention } from '../core/mention.ts';
import { runPipeline } from '../core/run.ts';
import { createTrace } from '../core/trace.ts';
import { placeNames } from '../extract/places/place-names.ts';
import { villageGazetteer } from '../geo/village-fixture.ts';
import { resolvePlaces } from './resolve-places.ts';

function resolved(text: string): string[] {
  const ctx = { doc: makeDocument({ id: 't', text }), gazetteer: villageGazetteer, lexicons: {} as never, trace: createTrace(false) };
  const state = runPipeline(ctx, [placeNames], [resolvePlaces]);
  return state.mentions
    .flat()
    .filter((m): m is PlaceMention => m.kind === 'place')
    .map((m) => `${text.slice(m.span.start, m.span.end)}|${m.level}|${m.admin1 ?? '-'}|${m.admin2 ?? '-'}|${m.latitude === null ? 'no-point' : 'point'}`);
}

describe('village-level places', () => {
  const table: readonly (readonly [string, readonly string[]])[] = [
    // A city named like its province puts the report in its country, against the attackers' demonym.
    ['Turkish artillery shelled Bsaida village, Aleppo.', ['Bsaida|town|Aleppo|Bsaida Plain|point', 'Aleppo|town|Aleppo|Jabal Kefraya|point']],
    // "X-Y road": the place named first; the other end is no place of the event.
    ['Protesters blocked the Bsaida-Kefraya road in Aleppo countryside.', ['Bsaida|town|Aleppo|Bsaida Plain|point', 'Aleppo countryside|region|Aleppo|-|no-point']],
    // A qualifier the extractor would skip is part of the village's own name.
    ['Clashes took place on the Lower Mrah axis in Hama countryside.', ['Lower Mrah|town|Hama|Mrah|point', 'Hama countryside|region|Hama|-|no-point']],
    // A district named after its seat is the seat's district, with no point.
    ['A boy was shot in Kefraya district, Aleppo.', ['Kefraya district|admin2|Aleppo|Jabal Kefraya|no-point', 'Aleppo|town|Aleppo|Jabal Kefraya|point']],
    // A name that is also a province abroad is no evidence for that province; in a report naming no country,
    // a demonym leans to its country over a larger namesake elsewhere. (Bare, "Suwayr" is spelt exactly as the
    // province abroad and the village is no large town: the province reading wins, see place-names.)
    ['Syrian artillery shelled Suwayr village overnight.', ['Suwayr|town|Hama|Mrah|point']],
    // Negative rows: two names hyphenated before no road or front-line word (a group's name),
    ['The Bsaida-Kefraya Brigade shelled Bsaida village, Aleppo.', ['Bsaida|town|Aleppo|Bsaida Plain|point', 'Aleppo|town|Aleppo|Jabal Kefraya|point']],
    // a hyphenated whole that is one known name is not split; a district the table knows stays itself.
    ['Shelling hit Mrah district in Hama.', ['Mrah district|admin2|Hama|Mrah|no-point', 'Hama|admin1|Hama|-|no-point']],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(resolved(text)).toEqual(expected);
  });
});
