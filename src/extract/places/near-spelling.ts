import type { Gazetteer, GazetteerPlace, PlaceMatch } from '../../geo/gazetteer.ts';
import { CITIES500_SOURCE } from '../../geo/embedded-gazetteer.ts';
import { spellingVariants } from '../../geo/spelling-variants.ts';

// Two spelling steps: "Kafar Mose" is OCHA's "Kafr Musa", "Granij" its "Gharanij".
const MAX_DISTANCE = 2;

function imported(m: PlaceMatch): boolean {
  return m.place.source !== CITIES500_SOURCE && m.distance > 0 && m.distance <= MAX_DISTANCE;
}

/**
 * A capitalised name no gazetteer spells exactly, but which is a near spelling of a village the user imported
 * (or becomes one with a consonant written another way, "Menagh" for "Manaq"): kept as a guess, for the resolver
 * to believe only where the report names the village's province. Reports transliterate village names every
 * which way and the imported list is the one kept for the countries the user monitors; a near spelling of a
 * cities500 town abroad stays no place, as before.
 */
export function nearImportedPlace(gazetteer: Gazetteer, name: string, matches: readonly PlaceMatch[]): GazetteerPlace | null {
  if (matches.some((m) => m.distance === 0)) return null;
  const near = matches.find(imported);
  if (near) return near.place;
  for (const variant of spellingVariants(name)) {
    const found = gazetteer.match(variant).find((m) => m.distance === 0 && m.place.source !== CITIES500_SOURCE);
    if (found) return found.place;
  }
  return null;
}
