import { describe, expect, it } from 'vitest';
import type { Mention, PlaceMention } from '../core/mention.ts';
import { withoutTopicCountries } from './topic-countries.ts';

function country(text: string, name: string): PlaceMention {
  const start = text.lastIndexOf(name);
  return {
    kind: 'place', span: { start, end: start + name.length }, name, placeId: `country:${name}`, country: name, iso3: null,
    admin1: null, admin2: null, latitude: null, longitude: null, level: 'country', feature: 'PCLI', score: 0.9,
  };
}

describe('withoutTopicCountries', () => {
  it.each([
    ['About 300 people demonstrated in Ulm against the war in Ukraine.', 'Ukraine', false],
    ['Students rallied in Lyon in solidarity with Ukraine.', 'Ukraine', false],
    ['About 2,000 refugees from Ukraine arrived in Przemysl.', 'Ukraine', false],
    ['Protesters gathered outside the embassy of Russia in Oslo.', 'Russia', false],
    ['Marchers in Lorient denounced the invasion of Ukraine by Russia.', 'Russia', false],
    // Where it happened, the country stays.
    ['Russian forces shelled Kharkiv in Ukraine.', 'Ukraine', true],
    ['Clashes broke out in Sudan on Monday.', 'Sudan', true],
  ])('%s (%s kept: %s)', (text, name, kept) => {
    const mentions: Mention[][] = [[country(text, name)]];
    expect(withoutTopicCountries(text, mentions)[0]!.length).toBe(kept ? 1 : 0);
  });
});
