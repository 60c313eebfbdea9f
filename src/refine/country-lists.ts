import type { Mention, PlaceMention } from '../core/mention.ts';

// What joins the names of one list: "Mali, Niger and Senegal", "Belgium, France or Luxembourg".
const LIST_JOIN = /^\s*(?:,|,?\s*(?:and|or))\s*(?:the\s+)?$/i;
// Two names may be a town's state and a country ("Atlanta, Georgia and Canada"); three make a list of countries.
const MIN_LISTED = 3;

const isCountry = (m: PlaceMention): boolean => m.level === 'country';

/**
 * Country names listed with two or more other country names: "Liberia, Mali, Niger and Senegal" names
 * countries, so "Niger" there is not the Nigerian state of that name, nor "Georgia" the US state, whatever
 * country the report is mostly about.
 */
export function listedCountries(text: string, mentions: readonly (readonly Mention[])[]): ReadonlySet<PlaceMention> {
  const listed = new Set<PlaceMention>();
  for (const list of mentions) {
    const places = list.filter((m): m is PlaceMention => m.kind === 'place');
    let run: PlaceMention[] = [];
    const close = (): void => {
      if (run.length >= MIN_LISTED) for (const m of run) listed.add(m);
      run = [];
    };
    places.forEach((m, k) => {
      const previous = run.at(-1);
      const before = places[k - 1];
      if (!isCountry(m)) close();
      else if (previous && LIST_JOIN.test(text.slice(previous.span.end, m.span.start))) run.push(m);
      else {
        close();
        // "Macon, Georgia, Canada and France": a name right after a town and a comma places the town.
        const placesTown = before !== undefined && !isCountry(before) && /^\s*,\s*$/.test(text.slice(before.span.end, m.span.start));
        run = placesTown ? [] : [m];
      }
    });
    close();
  }
  return listed;
}
