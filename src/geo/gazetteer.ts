/**
 * The gazetteer port. The embedded default (GeoNames cities500 from npm) and user imports
 * (OCHA, GeoNames dumps) implement it; one contract suite runs against every implementation.
 */
export interface GazetteerPlace {
  readonly id: string;
  readonly name: string;
  readonly latitude: number;
  readonly longitude: number;
  /** ISO 3166-1 alpha-2. */
  readonly countryCode: string;
  /** GeoNames feature code: PPL, PPLA, PPLC, ADM1, ... */
  readonly feature: string;
  readonly admin1Code: string | null;
  readonly admin2Code: string | null;
  readonly population: number;
  readonly source: string;
}

export interface CountryInfo {
  readonly code: string;
  readonly iso3: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface AdminUnit {
  readonly countryCode: string;
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly level: 1 | 2;
}

/** A candidate for a name, with how far its spelling is from the name asked for. */
export interface PlaceMatch {
  readonly place: GazetteerPlace;
  /** Edit distance between normalised keys: 0 is the same name up to accents, articles, endings. */
  readonly distance: number;
  /** True when the place's own name (not an alternate or a translation) gave the match. */
  readonly primary: boolean;
}

export interface Gazetteer {
  /** Places whose name or an alternate name matches `name`, spelling-tolerantly, best first. */
  lookup(name: string): readonly GazetteerPlace[];
  /** The same candidates as `lookup`, with their spelling distance, so callers can weigh near misses. */
  match(name: string): readonly PlaceMatch[];
  country(code: string): CountryInfo | null;
  countryByName(name: string): CountryInfo | null;
  admin1(countryCode: string, code: string): AdminUnit | null;
  admin1ByName(name: string, countryCode?: string): readonly AdminUnit[];
  admin2(countryCode: string, admin1Code: string, code: string): AdminUnit | null;
  /** Second-level units named `name`; a unit's `code` is "<admin1>.<admin2>", so it says which province holds it. */
  admin2ByName(name: string, countryCode?: string): readonly AdminUnit[];
}
