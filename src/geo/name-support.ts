import type { Gazetteer, GazetteerPlace } from './gazetteer.ts';
import { kilometres } from './near-places.ts';

// Towns of one report lie near each other: within this distance a candidate of another name supports a candidate.
const SUPPORT_KM = 80;
// Only this many candidates of a name are compared, the likeliest first, so a long report costs little.
const MAX_CANDIDATES = 30;

/**
 * "Henderson, Boulder City to weigh police facility": of the many Hendersons, the one near the only Boulder City
 * is meant. For each candidate of each town name, how much the report's other names support it: each other
 * name with a candidate nearby adds one share, divided among that name's candidates (a name spelt by one
 * place supports fully; "Springfield", spelt by dozens, hardly at all).
 */
export function nameSupport(gazetteer: Gazetteer, names: Iterable<string>): ReadonlyMap<string, number> {
  const lists: GazetteerPlace[][] = [];
  for (const name of new Set(names)) {
    const places = gazetteer.match(name).filter((m) => m.distance === 0).slice(0, MAX_CANDIDATES).map((m) => m.place);
    if (places.length > 0) lists.push(places);
  }
  const support = new Map<string, number>();
  if (lists.length < 2) return support;
  lists.forEach((list, i) => {
    for (const p of list) {
      let share = 0;
      lists.forEach((other, j) => {
        if (j !== i && other.some((q) => q.id !== p.id && kilometres(p.latitude, p.longitude, q.latitude, q.longitude) <= SUPPORT_KM)) share += 1 / other.length;
      });
      if (share > 0) support.set(p.id, Math.max(support.get(p.id) ?? 0, share));
    }
  });
  return support;
}
