import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AdminUnit, CountryInfo } from './gazetteer.ts';
import { AdminDirectory } from './admin-directory.ts';
import { bareAdminName } from './admin-name.ts';
import { placeKey } from './place-key.ts';
import countryNames from './country-names.json' with { type: 'json' };
import admin1Aliases from './admin1-aliases.json' with { type: 'json' };
import admin1Names from './admin1-names.json' with { type: 'json' };
import admin1Extra from './admin1-extra.json' with { type: 'json' };
import admin2Parents from './admin2-parents.json' with { type: 'json' };

interface IsoRegion {
  readonly name: string;
  readonly names: Readonly<Record<string, string>>;
  readonly admin?: string | null;
}

interface IsoCountry {
  readonly iso: string;
  readonly iso3: string;
  readonly names: Readonly<Record<string, string>>;
  readonly regions: readonly IsoRegion[];
}

// Names in other scripts would never match an English report and only cost memory.
const LATIN_ONLY = /^[\p{Script=Latin}\p{M}\p{Zs}\p{P}]+$/u;

function unique(names: readonly (string | undefined)[]): string[] {
  return [...new Set(names.filter((n): n is string => n !== undefined && n.length > 1 && LATIN_ONLY.test(n)))];
}

function countryOf(entry: IsoCountry): CountryInfo {
  const curated = (countryNames.names as Record<string, string>)[entry.iso];
  const name = curated ?? entry.names['en'] ?? entry.names['geonames'] ?? entry.iso;
  const extra = (countryNames.aliases as Record<string, string[]>)[entry.iso] ?? [];
  const aliases = unique([...extra, entry.names['en'], entry.names['geonames']]).filter((n) => n !== name);
  return { code: entry.iso, iso3: entry.iso3, name, aliases };
}

function unitOf(country: string, region: IsoRegion): AdminUnit | null {
  if (!region.admin) return null;
  const curated = (admin1Aliases as Record<string, Record<string, string[]> | string>)[country];
  const extra = typeof curated === 'object' ? (curated[region.admin] ?? []) : [];
  const conventional = (admin1Names as Record<string, Record<string, string> | string>)[country];
  // The GeoNames form is short ("Idlib", "Hama"); the English one carries "Governorate".
  const name =
    (typeof conventional === 'object' ? conventional[region.admin] : undefined) ??
    bareAdminName(region.names['geonames'] ?? region.names['en'] ?? region.name);
  const all = unique([...extra, region.name, ...Object.values(region.names), region.names['geonames']]);
  const aliases = unique([...all, ...all.map(bareAdminName)]).filter((n) => n !== name);
  return { countryCode: country, code: region.admin, name, aliases, level: 1 };
}

/** sitrep's own tables: provinces iso3166-2-db lacks, and districts with the province that holds them. */
function extraUnits(): AdminUnit[] {
  const units: AdminUnit[] = [];
  for (const [country, byCode] of Object.entries(admin1Extra as Record<string, Record<string, string[]> | string>)) {
    if (typeof byCode !== 'object') continue;
    for (const [code, [name, ...aliases]] of Object.entries(byCode)) units.push({ countryCode: country, code, name: name!, aliases, level: 1 });
  }
  for (const [country, byParent] of Object.entries(admin2Parents as Record<string, Record<string, string[]> | string>)) {
    if (typeof byParent !== 'object') continue;
    for (const [parent, districts] of Object.entries(byParent)) {
      for (const spellings of districts) {
        const [name, ...aliases] = spellings.split('/');
        units.push({ countryCode: country, code: `${parent}.${placeKey(name!)}`, name: name!, aliases, level: 2 });
      }
    }
  }
  return units;
}

/** Countries and admin1 units of iso3166-2-db, with sitrep's curated country names and aliases. */
export function loadIso3166Directory(): AdminDirectory {
  const require = createRequire(import.meta.url);
  const path = require.resolve('iso3166-2-db/data/iso3166-2.json');
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, IsoCountry>;
  const countries: CountryInfo[] = [];
  const units: AdminUnit[] = [];
  for (const entry of Object.values(data)) {
    countries.push(countryOf(entry));
    for (const region of entry.regions) {
      const unit = unitOf(entry.iso, region);
      if (unit) units.push(unit);
    }
  }
  for (const extra of countryNames.extra) countries.push({ ...extra, aliases: [] });
  units.push(...extraUnits());
  return new AdminDirectory(countries, units);
}
