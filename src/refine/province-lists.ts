import type { Mention, PlaceMention } from '../core/mention.ts';
import type { AdminUnit, Gazetteer } from '../geo/gazetteer.ts';
import { spellingNamesakes } from '../geo/spelling-namesakes.ts';

// What joins the names of one list: "Utah, Virginia, Washington and Wyoming".
const LIST_JOIN = /^\s*(?:,|,?\s*(?:and|or))\s*(?:the\s+)?$/i;
// A list of three names, two of them provinces of one country, is a list of that country's provinces.
const MIN_LISTED = 3;
const MIN_PROVINCES = 2;
const ADMIN1_ID = /^admin1:([A-Z]{2})\./;

/** The lists of place mentions in one sentence: names joined by commas, "and", "or". */
function placeLists(text: string, places: readonly PlaceMention[]): PlaceMention[][] {
  const lists: PlaceMention[][] = [];
  let run: PlaceMention[] = [];
  for (const m of places) {
    const previous = run.at(-1);
    if (previous && LIST_JOIN.test(text.slice(previous.span.end, m.span.start))) run.push(m);
    else {
      if (run.length >= MIN_LISTED) lists.push(run);
      run = [m];
    }
  }
  if (run.length >= MIN_LISTED) lists.push(run);
  return lists;
}

/**
 * Names listed among provinces of one country that are spelt as another province of that country:
 * "Tennessee, Utah, Virginia, Washington and Wyoming" names the state Washington, not a town of Indiana;
 * "Alberta, Manitoba, Ontario and New Brunswick" the provinces, not Californian or New Jersey towns.
 */
export function listedProvinces(gazetteer: Gazetteer, text: string, mentions: readonly (readonly Mention[])[], core: (m: PlaceMention) => string): ReadonlyMap<PlaceMention, AdminUnit> {
  const listed = new Map<PlaceMention, AdminUnit>();
  for (const list of mentions) {
    for (const names of placeLists(text, list.filter((m): m is PlaceMention => m.kind === 'place'))) {
      const provinces = new Map<string, number>();
      for (const m of names) {
        const country = ADMIN1_ID.exec(m.placeId ?? '')?.[1];
        if (country) provinces.set(country, (provinces.get(country) ?? 0) + 1);
      }
      for (const [country, count] of provinces) {
        if (count < MIN_PROVINCES) continue;
        for (const m of names) {
          if (m.level !== 'town' && m.level !== 'country') continue;
          const unit = spellingNamesakes(gazetteer, core(m)).find((u) => u.countryCode === country);
          if (unit) listed.set(m, unit);
        }
      }
    }
  }
  return listed;
}
