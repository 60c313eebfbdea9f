import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { INDEPENDENT_CITY_STATES, STATE_OF_FIPS } from './us-state-fips.ts';

/**
 * The United States' counties, parishes and boroughs by name, from the Census county outlines of the us-atlas
 * package (ISC; public-domain Census data): each name with the district code ("US.TX.201", state postal code
 * and county FIPS, as GeoNames codes them) of every county so named. Read once, when a report first names one.
 */

/** A name folded for comparison: no accents, case, dots, apostrophes or spaces; "St." is "Saint". */
export function foldCountyName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bste?\.?(?=\s)/g, (s) => (s.startsWith('ste') ? 'sainte' : 'saint'))
    .replace(/['’.]/g, '')
    .replace(/[-\s]+/g, '')
    .trim();
}

interface CountyAtlas {
  readonly objects: { readonly counties: { readonly geometries: readonly { readonly id: string; readonly properties: { readonly name: string } }[] } };
}

let index: ReadonlyMap<string, readonly string[]> | null = null;

/** The county names of a us-atlas counties file: by folded name, the district codes. */
export function countyIndexOf(atlas: CountyAtlas): Map<string, string[]> {
  const built = new Map<string, string[]>();
  for (const { id, properties } of atlas.objects.counties.geometries) {
    const state = STATE_OF_FIPS[id.slice(0, 2)];
    const county = id.slice(2);
    // Territories are countries of their own in GeoNames; an independent city is no county.
    if (!state || (INDEPENDENT_CITY_STATES.has(state) && Number(county) >= 510)) continue;
    const key = foldCountyName(properties.name);
    const list = built.get(key) ?? [];
    list.push(`US.${state}.${county}`);
    built.set(key, list);
  }
  return built;
}

function countyIndex(): ReadonlyMap<string, readonly string[]> {
  if (index) return index;
  const path = createRequire(import.meta.url).resolve('us-atlas/counties-10m.json');
  return (index = countyIndexOf(JSON.parse(readFileSync(path, 'utf8')) as CountyAtlas));
}

/**
 * The districts ("US.TX.001") that a report means by "NAME County" (or Parish, Borough): every county so
 * named, in every state, for the places in the report to choose among.
 */
export function countyDistricts(name: string): readonly string[] {
  return countyIndex().get(foldCountyName(name)) ?? [];
}
