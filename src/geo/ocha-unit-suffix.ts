import { placeKey } from './place-key.ts';

/**
 * OCHA tells namesakes apart by writing the sub-district or district after the name ("Qayrawan Tal Hmis",
 * "Sfira Amuda", "Deir Hanna / Lattakia"); reports write the name alone. The name without the unit's name,
 * when its last words spell the unit (up to articles, endings and doubled letters) and a name is left.
 */
export function withoutUnitName(name: string, units: readonly string[]): string[] {
  const slash = name.split(/\s+\/\s+/);
  if (slash.length === 2 && units.some((u) => placeKey(u) === placeKey(slash[1]!))) return [slash[0]!.trim()].filter((n) => n !== '');
  const words = name.split(/\s+/).filter((w) => w !== '');
  for (const unit of units) {
    const size = unit.split(/[\s-]+/).filter((w) => w !== '').length;
    if (words.length <= size) continue;
    const tail = words.slice(words.length - size).join(' ');
    if (placeKey(tail) === placeKey(unit)) return [words.slice(0, words.length - size).join(' ')];
  }
  return [];
}
