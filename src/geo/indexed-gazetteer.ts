import type { AdminUnit, CountryInfo, Gazetteer, GazetteerPlace, PlaceMatch } from './gazetteer.ts';
import type { AdminDirectory } from './admin-directory.ts';
import { FoundPlaces } from './found-places.ts';
import { LookupMemo } from './lookup-memo.ts';
import type { NameIndex } from './name-index.ts';

const EMPTY: readonly PlaceMatch[] = Object.freeze([]);

/** A candidate that knows where its place lies: in which store, at which position. */
export interface StoreMatch extends PlaceMatch {
  readonly store: PlaceStore;
  readonly index: number;
}

/** Where the places behind a name index live: an array in memory, or the columns of an index file. */
export interface PlaceStore {
  readonly size: number;
  place(index: number): GazetteerPlace;
  /** A look-up's candidate for place `index`, its place read when a caller asks for it. */
  match(index: number, distance: number, primary: boolean): StoreMatch;
  /** A place's point without decoding the place: placing every place in polygons reads only these. */
  latitude(index: number): number;
  longitude(index: number): number;
}

/**
 * The one Gazetteer implementation over a place store, a name index and an admin directory.
 * The embedded and in-memory gazetteers differ only in where those three come from.
 */
export class IndexedGazetteer implements Gazetteer {
  // Reports name the same places again and again: a repeat is answered without folding or finding its key.
  private readonly memo: LookupMemo;
  // Scratch of one look-up at a time, reused.
  private readonly found = new FoundPlaces();

  constructor(
    private readonly places: PlaceStore,
    names: NameIndex,
    private readonly admin: AdminDirectory,
  ) {
    this.memo = new LookupMemo(names);
  }

  /** The places behind the names, by index. */
  get store(): PlaceStore {
    return this.places;
  }

  /** Where a match of this gazetteer's lies in its store; -1 for a match from anywhere else. */
  placeIndexOf(match: PlaceMatch): number {
    return (match as Partial<StoreMatch>).store === this.places ? (match as StoreMatch).index : -1;
  }

  lookup(name: string): readonly GazetteerPlace[] {
    return this.match(name).map((m) => m.place);
  }

  /** The candidates of `name`, best first; each call makes its own list (views over the store, a few small objects). */
  match(name: string): readonly PlaceMatch[] {
    const found = this.found;
    this.memo.recall(name, found);
    const n = found.count;
    if (n === 0) return EMPTY;
    // Places are read only when a caller reads them: most candidates are never looked at.
    const out: PlaceMatch[] = new Array(n);
    for (let k = 0; k < n; k += 1) {
      const distance = found.distance[k]!;
      out[k] = this.places.match(found.index[k]!, distance, distance === 0 && found.primary[k] === 1);
    }
    return out;
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
