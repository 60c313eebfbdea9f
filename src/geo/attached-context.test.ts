import { describe, expect, it } from 'vitest';
import { makeDocument } from '../core/document.ts';
import type { PlaceMention } from '../core/mention.ts';
import { runPipeline } from '../core/run.ts';
import { createTrace } from '../core/trace.ts';
import { placeNames } from '../extract/places/place-names.ts';
import { corePlaceName } from '../extract/places/place-words.ts';
import { attachedContexts } from './attached-context.ts';
import type { AdminUnit } from './gazetteer.ts';
import { createMemoryGazetteer, type MemoryPlace } from './memory-gazetteer.ts';

function town(id: string, name: string, countryCode: string, admin1Code: string, population: number): MemoryPlace {
  return { id: `test:${id}`, name, latitude: 0, longitude: 0, countryCode, feature: 'PPL', admin1Code, admin2Code: null, population, source: 'test', alternateNames: [] };
}
const unit = (countryCode: string, code: string, name: string): AdminUnit => ({ countryCode, code, name, aliases: [], level: 1 });

// Real names, made-up populations: a Kyrgyz Pokrovka bigger than any Ukrainian one, two Punjabs, a Georgia of each kind.
const gazetteer = createMemoryGazetteer({
  places: [
    town('pokrovka-kg', 'Pokrovka', 'KG', '02', 40000),
    town('sumy', 'Sumy', 'UA', '21', 260000),
    town('lahore', 'Lahore', 'PK', '04', 6000000),
    town('atlanta', 'Atlanta', 'US', 'GA', 500000),
  ],
  countries: [
    { code: 'UA', iso3: 'UKR', name: 'Ukraine', aliases: [] },
    { code: 'KG', iso3: 'KGZ', name: 'Kyrgyzstan', aliases: [] },
    { code: 'PK', iso3: 'PAK', name: 'Pakistan', aliases: [] },
    { code: 'IN', iso3: 'IND', name: 'India', aliases: [] },
    { code: 'US', iso3: 'USA', name: 'United States', aliases: [] },
    { code: 'GE', iso3: 'GEO', name: 'Georgia', aliases: [] },
  ],
  admins: [unit('UA', '21', 'Sumy'), unit('KG', '02', 'Issyk-Kul'), unit('PK', '04', 'Punjab'), unit('IN', '23', 'Punjab'), unit('US', 'GA', 'Georgia'), unit('IN', '07', 'Delhi')],
});

function contextOf(text: string): string | null {
  const ctx = { doc: makeDocument({ id: 't', text }), gazetteer, lexicons: {} as never, trace: createTrace(false) };
  const state = runPipeline(ctx, [placeNames], []);
  const places = state.mentions.flat().filter((m): m is PlaceMention => m.kind === 'place');
  const found = attachedContexts(gazetteer, text, text.length, places, (m) => corePlaceName(text.slice(m.span.start, m.span.end)))[0] ?? null;
  return found ? `${[...found.countries].sort().join('+')}:${[...found.admin1s].sort().join('+')}` : null;
}

describe('attachedContexts', () => {
  const table: readonly (readonly [string, string | null])[] = [
    ['Artillery hit Pokrovka, Sumy.', 'UA:UA.21'],
    ['Marchers gathered in Lahore city (Lahore, Punjab).', 'IN+PK:IN.23+PK.04'],
    ['A rally was held in Atlanta (Georgia).', 'GE+US:US.GA'],
    ['Shells fell near Pokrovka, Sumy, which lies close to the border.', 'UA:UA.21'],
    // A dateline: the dash after the chain ends it.
    ['Pokrovka, Sumy — Shelling resumed overnight.', 'UA:UA.21'],
    ['Pokrovka, Sumy -- Shelling resumed overnight.', 'UA:UA.21'],
    // Negative rows: a list of places, a name with nothing after it, a following name that is no unit.
    ['Protests spread to Pokrovka, Sumy and Delhi.', null],
    ['Troops entered Pokrovka.', null],
    ['Troops entered Pokrovka, Lahore.', null],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(contextOf(text)).toBe(expected);
  });
});
