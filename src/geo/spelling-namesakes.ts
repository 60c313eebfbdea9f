import type { AdminUnit, Gazetteer } from './gazetteer.ts';
import { nameWords } from './place-key.ts';

/** Provinces spelt exactly as `name`, up to case and accents: "Maryland" is a US state and a Liberian county. */
export function spellingNamesakes(gazetteer: Gazetteer, name: string): AdminUnit[] {
  const letters = nameWords(name).join(' ');
  return gazetteer.admin1ByName(name).filter((u) => nameWords(u.name).join(' ') === letters);
}
