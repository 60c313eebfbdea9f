import countries from 'iso3166-2-db/countryList/en.json' with { type: 'json' };

/** ISO 3166 numeric codes, which ACLED's `iso` column uses, to and from the alpha-3 codes events carry. */

interface CountryEntry {
  readonly iso3: string;
  readonly numeric: number;
}

const entries = Object.values(countries as Record<string, CountryEntry>);
const NUMERIC_BY_ISO3 = new Map(entries.map((c) => [c.iso3, c.numeric]));
const ISO3_BY_NUMERIC = new Map(entries.map((c) => [c.numeric, c.iso3]));

export function isoNumericOf(iso3: string | null): number | null {
  return iso3 === null ? null : (NUMERIC_BY_ISO3.get(iso3.toUpperCase()) ?? null);
}

export function iso3OfNumeric(numeric: number): string | null {
  return ISO3_BY_NUMERIC.get(numeric) ?? null;
}
