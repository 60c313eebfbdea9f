import type { Admin1Codes } from './place-import.ts';
import type { ShapeFeature } from './topojson.ts';

/** One polygon unit of a boundary file, under the codes the rest of the gazetteer uses. */
export interface BoundaryUnit {
  readonly level: 1 | 2;
  readonly countryCode: string;
  /** The embedded province code for level 1 ("12"); "<admin1>.<own code>" for level 2 ("12.SY0702"). */
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

// Property names differ by publisher (OCHA 2015 "NAME_EN"/"ADMIN1_EN", OCHA 2018 "ADM2_EN"/"ADM1_EN",
// Natural Earth "name"/"iso_a2"); they are compared lower-case without separators.
const NAME2 = ['adm2en', 'admin2nameen', 'admin2en'];
const CODE2 = ['adm2pcode', 'admin2pcode'];
const NAME1 = ['adm1en', 'admin1nameen', 'admin1en'];
const CODE1 = ['adm1pcode', 'admin1pcode', 'admin1cod'];
const OWN_NAME = ['nameen', 'name', 'namenref', 'admin'];
const OWN_CODE = ['pcode', 'iso31662', 'adm1code', 'code'];
const ALIASES = ['namenref', 'adm2ref', 'adm1ref', 'nameara', 'namear', 'adm2ar', 'adm1ar', 'nameen', 'namealt', 'woename'];
const COUNTRY = ['isoa2', 'adm0pcode', 'iso2', 'countrycode'];

function flatten(properties: Readonly<Record<string, unknown>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(properties)) {
    if (typeof value === 'string' && value.trim() !== '') out.set(key.toLowerCase().replace(/[^a-z0-9]/g, ''), value.trim());
  }
  return out;
}

function first(p: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const key of keys) if (p.has(key)) return p.get(key);
  return undefined;
}

/**
 * The unit a polygon stands for. A feature that names a province besides itself is a district (level 2);
 * otherwise it is a province. Null with a reason when the feature has no name or no country.
 */
export function boundaryUnit(feature: ShapeFeature, admin1Codes: Admin1Codes, country?: string): BoundaryUnit | string {
  const p = flatten(feature.properties);
  const parentName = first(p, NAME1);
  const parentCode = first(p, CODE1);
  const ownCode = first(p, OWN_CODE);
  // OCHA's district "Idleb" lies in the province "Idleb": the codes tell them apart, the names cannot.
  const district = first(p, NAME2) !== undefined || (parentCode !== undefined && ownCode !== undefined && ownCode !== parentCode);
  const name = district ? (first(p, NAME2) ?? first(p, OWN_NAME)) : (first(p, OWN_NAME) ?? parentName);
  const code = district ? (first(p, CODE2) ?? ownCode) : (ownCode ?? parentCode);
  if (!name) return 'no name property';
  const countryCode = (country ?? first(p, COUNTRY) ?? (code ?? parentCode ?? '').slice(0, 2)).toUpperCase();
  if (!/^[A-Z]{2}$/.test(countryCode)) return `no country for "${name}" (give --country)`;
  // A district's own other names only: its province's ("adm1_ar") would make "حلب" a district of Aleppo.
  const aliasKeys = district ? ALIASES.filter((k) => !k.startsWith('adm1')) : ALIASES;
  const aliases = [...new Set(aliasKeys.map((k) => p.get(k)).filter((n): n is string => n !== undefined && n !== name))];
  if (!district) {
    return { level: 1, countryCode, code: admin1Codes(countryCode, [name, ...aliases]) ?? code ?? name, name, aliases };
  }
  const parent = (parentName ? admin1Codes(countryCode, [parentName]) : null) ?? parentCode ?? '';
  return { level: 2, countryCode, code: `${parent}.${code ?? name}`, name, aliases };
}
