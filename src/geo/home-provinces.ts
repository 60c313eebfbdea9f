import type { GazetteerPlace } from './gazetteer.ts';

/**
 * The provinces a report's settled towns lie in: local news names several towns of one state or province
 * without naming it ("Mansfield", "Keithville", "Stonewall"), and that state is where its other names are.
 * Each distinct place counts once; a place does not count for itself.
 */
export class HomeProvinces {
  /** Per province ("US.LA"), the ids of the settled places in it. */
  private readonly places = new Map<string, Set<string>>();

  constructor(settled: Iterable<GazetteerPlace>) {
    for (const p of settled) {
      if (p.admin1Code === null) continue;
      const key = `${p.countryCode}.${p.admin1Code}`;
      const ids = this.places.get(key);
      if (ids) ids.add(p.id);
      else this.places.set(key, new Set([p.id]));
    }
  }

  /** How many settled places other than `place` and the place `except` names lie in `place`'s province. */
  others(place: GazetteerPlace, except?: string): number {
    if (place.admin1Code === null) return 0;
    const ids = this.places.get(`${place.countryCode}.${place.admin1Code}`);
    if (!ids) return 0;
    let count = ids.size;
    if (ids.has(place.id)) count -= 1;
    if (except !== undefined && except !== place.id && ids.has(except)) count -= 1;
    return count;
  }

  /** Whether a settled place lies in the province ("US.GA"). */
  holds(province: string): boolean {
    return this.places.has(province);
  }

  /** Whether a settled place lies in the country ("US"). */
  holdsCountry(countryCode: string): boolean {
    for (const key of this.places.keys()) if (key.startsWith(`${countryCode}.`)) return true;
    return false;
  }
}
