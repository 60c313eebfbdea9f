import type { AdminUnit, CountryInfo, Gazetteer, GazetteerPlace, PlaceMatch } from './gazetteer.ts';
import type { AdminDirectory } from './admin-directory.ts';
import type { NameIndex } from './name-index.ts';
import { placeKey } from './place-key.ts';
import { placeProminence } from './place-prominence.ts';

// A place's own name outweighs another place's alternate spelling: "Nis" is Niš before it is Nice.
const PRIMARY_BONUS = 2;

const MEMO_LIMIT = 20_000;

/** Where the places behind a name index live: an array in memory, or lines of a cache file. */
export interface PlaceStore {
  readonly size: number;
  place(index: number): GazetteerPlace;
}

/**
 * The one Gazetteer implementation over a place store, a name index and an admin directory.
 * The embedded and in-memory gazetteers differ only in where those three come from.
 */
export class IndexedGazetteer implements Gazetteer {
  // Reports name the same places again and again; a bounded memo makes repeats cost one Map lookup.
  private readonly memo = new Map<string, readonly PlaceMatch[]>();

  constructor(
    private readonly places: PlaceStore,
    private readonly names: NameIndex,
    private readonly admin: AdminDirectory,
  ) {}

  lookup(name: string): readonly GazetteerPlace[] {
    return this.match(name).map((m) => m.place);
  }

  match(name: string): readonly PlaceMatch[] {
    const known = this.memo.get(name);
    if (known) return known;
    const found = this.findMatches(name);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(name, found);
    return found;
  }

  private findMatches(name: string): readonly PlaceMatch[] {
    const matches = this.names.match(name);
    if (matches.length === 0) return [];
    const key = placeKey(name);
    const ranked = matches.map((m, order) => {
      const place = this.places.place(m.index);
      const primary = m.distance === 0 && placeKey(place.name) === key;
      const prominence = placeProminence(place.feature, place.population) + (primary ? PRIMARY_BONUS : 0);
      return { place, distance: m.distance, primary, prominence, order };
    });
    // Same spelling first, then closer spellings; prominence breaks ties within one distance.
    ranked.sort((a, b) => a.distance - b.distance || b.prominence - a.prominence || a.order - b.order);
    return ranked.map(({ place, distance, primary }) => ({ place, distance, primary }));
  }

  country(code: string): CountryInfo | null {
    return this.admin.country(code);
  }

  countryByName(name: string): CountryInfo | null {
    return this.admin.countryByName(name);
  }

  admin1(countryCode: string, code: string): AdminUnit | null {
    return this.admin.admin1(countryCode, code);
  }

  admin1ByName(name: string, countryCode?: string): readonly AdminUnit[] {
    return this.admin.admin1ByName(name, countryCode);
  }

  admin2(countryCode: string, admin1Code: string, code: string): AdminUnit | null {
    return this.admin.admin2(countryCode, admin1Code, code);
  }

  admin2ByName(name: string, countryCode?: string): readonly AdminUnit[] {
    return this.admin.admin2ByName(name, countryCode);
  }
}
