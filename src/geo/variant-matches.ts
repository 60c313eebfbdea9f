import type { Gazetteer, PlaceMatch } from './gazetteer.ts';
import { spellingVariants } from './spelling-variants.ts';

const MAX_VARIANT_DISTANCE = 1;

/**
 * The candidates for a name, and when none of them will do, the candidates of its respellings ("Menagh" ->
 * "Menaq"). A respelling is a guess: its candidates count one spelling step further than their own match, so
 * every rule that asks a near spelling for more context (a province the report names) asks it of them too.
 */
export function matchesWithVariants(gazetteer: Gazetteer, name: string, usable: (m: PlaceMatch) => boolean): readonly PlaceMatch[] {
  const direct = gazetteer.match(name);
  if (direct.some(usable)) return direct;
  const seen = new Set(direct.map((m) => m.place.id));
  const more: PlaceMatch[] = [];
  for (const variant of spellingVariants(name)) {
    for (const m of gazetteer.match(variant)) {
      // A respelling is one guess already: only its own spelling or one step from it ("menaq" for "Manaq").
      if (m.distance > MAX_VARIANT_DISTANCE || seen.has(m.place.id)) continue;
      seen.add(m.place.id);
      more.push({ place: m.place, distance: m.distance + 1, primary: m.primary });
    }
  }
  return more.length === 0 ? direct : [...direct, ...more.sort((a, b) => a.distance - b.distance)];
}
