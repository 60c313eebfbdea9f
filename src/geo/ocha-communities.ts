import { romaniseArabic } from './arabic-romanise.ts';
import { withoutUnitName } from './ocha-unit-suffix.ts';
import type { AdminUnit } from './gazetteer.ts';
import type { MemoryPlace } from './memory-gazetteer.ts';
import { cleanName, coordinate, type Admin1Codes, type ImportProblem, type PlaceImport } from './place-import.ts';

export const OCHA_SOURCE = 'ocha-cod';

// Header names vary between OCHA releases ("adm1_en", "admin1Name_en", "ADM1_EN"); they are compared
// lower-case with anything but letters and digits dropped.
const COLUMNS = {
  pcode: ['pcode', 'admin4pcode', 'communitypcode', 'adm4pcode'],
  name: ['nameen', 'admin4nameen', 'adm4en', 'communityen', 'name'],
  nameRef: ['nameenref', 'namenref', 'adm4ref'],
  nameAr: ['namear', 'admin4namear', 'adm4ar', 'communityar'],
  latitude: ['lat', 'latitude', 'y'],
  longitude: ['lon', 'long', 'longitude', 'x'],
  adm1Code: ['adm1pcode', 'admin1pcode'],
  adm1Name: ['adm1en', 'admin1nameen', 'admin1en'],
  adm1Ar: ['adm1ar', 'admin1namear'],
  adm2Code: ['adm2pcode', 'admin2pcode'],
  adm2Name: ['adm2en', 'admin2nameen', 'admin2en'],
  adm2Ar: ['adm2ar', 'admin2namear'],
  adm3Name: ['adm3en', 'admin3nameen', 'admin3en'],
  capital: ['capitallevel', 'capital'],
} as const;
type Column = keyof typeof COLUMNS;

// OCHA's capital level: 0 the national capital, then governorate, district and sub-district seats.
const CAPITAL_FEATURE = ['PPLC', 'PPLA', 'PPLA2', 'PPLA3'];

function headerKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function columnsOf(header: readonly string[]): Partial<Record<Column, number>> {
  const keys = header.map(headerKey);
  const found: Partial<Record<Column, number>> = {};
  for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const at = names.map((n) => keys.indexOf(n)).find((i) => i >= 0);
    if (at !== undefined) found[column] = at;
  }
  return found;
}

/**
 * Reads an OCHA COD community table (tab-separated, one header line): English, reference and Arabic
 * names, admin1/admin2 names and P-codes, coordinates. The country comes from the P-codes ("SY07")
 * unless `country` is given.
 */
export function parseOchaCommunities(text: string, admin1Codes: Admin1Codes, country?: string): PlaceImport {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0]!.split('\t');
  const at = columnsOf(header);
  if (at.name === undefined || at.latitude === undefined || at.longitude === undefined) {
    const missing = (['name', 'latitude', 'longitude'] as const).filter((c) => at[c] === undefined);
    return { places: [], admins: [], problems: [{ line: 1, message: `not an OCHA community table: no ${missing.join(', ')} column in the header` }] };
  }
  const places: MemoryPlace[] = [];
  const admins = new Map<string, AdminUnit>();
  const problems: ImportProblem[] = [];
  const admin1Memo = new Map<string, string | null>();
  for (let i = 1; i < lines.length; i += 1) {
    if (lines[i]!.trim() === '') continue;
    const f = lines[i]!.split('\t');
    const get = (c: Column): string => cleanName(at[c] === undefined ? undefined : f[at[c]!]);
    const line = i + 1;
    const name = get('name');
    const latitude = coordinate(f[at.latitude], 90);
    const longitude = coordinate(f[at.longitude], 180);
    const adm1Code = get('adm1Code');
    const countryCode = country ?? adm1Code.slice(0, 2).toUpperCase();
    if (f.length < header.length - 1) problems.push({ line, message: `${f.length} columns, the header has ${header.length}` });
    else if (name === '') problems.push({ line, message: 'no name' });
    else if (latitude === null || longitude === null) problems.push({ line, message: `bad coordinates "${f[at.latitude] ?? ''}", "${f[at.longitude] ?? ''}"` });
    else if (!/^[A-Z]{2}$/.test(countryCode)) problems.push({ line, message: 'no country: give --country, or an admin1 P-code that starts with it' });
    else {
      const adm1Name = get('adm1Name');
      const memoKey = `${countryCode}|${adm1Code}|${adm1Name}`;
      if (!admin1Memo.has(memoKey)) admin1Memo.set(memoKey, admin1Codes(countryCode, [adm1Name].filter((n) => n !== '')));
      const admin1 = admin1Memo.get(memoKey) ?? (adm1Code || null);
      const adm2Code = get('adm2Code') || null;
      if (admin1 && adm1Name) addUnit(admins, { countryCode, code: admin1, name: adm1Name, aliases: [get('adm1Ar')].filter(Boolean), level: 1 });
      if (admin1 && adm2Code && get('adm2Name')) {
        addUnit(admins, { countryCode, code: `${admin1}.${adm2Code}`, name: get('adm2Name'), aliases: [get('adm2Ar')].filter(Boolean), level: 2 });
      }
      const capital = get('capital');
      const spellings = [name, get('nameRef'), get('nameAr')];
      const parts = [...spellings, ...spellings.flatMap(partsOf)];
      const units = [get('adm3Name'), get('adm2Name')].filter((n) => n !== '');
      const variants = [...parts, ...parts.map(romaniseArabic), ...parts.flatMap(withoutQualifier), ...withoutUnitName(name, units)];
      const alternateNames = [...new Set(variants.filter((n) => n !== '' && n !== name))];
      places.push({
        id: `ocha:${get('pcode') || `${countryCode}-${line}`}`,
        name,
        latitude,
        longitude,
        countryCode,
        feature: capital !== '' ? (CAPITAL_FEATURE[Number(capital)] ?? 'PPL') : 'PPL',
        admin1Code: admin1,
        admin2Code: adm2Code,
        population: 0,
        source: OCHA_SOURCE,
        alternateNames,
      });
    }
  }
  return { places, admins: [...admins.values()], problems };
}

// Communities listed together are written "Maaret Elnaasan - Maaret Elhaski" (Arabic with "_"); reports name one.
function partsOf(name: string): string[] {
  const parts = name.split(/\s+-\s+|_/).map((p) => p.trim()).filter((p) => p.length > 1);
  return parts.length > 1 ? parts : [];
}

// "Upper Rmeilan", "Western Khandaq": reports often name the pair of villages by the name they share.
const QUALIFIERS = new Set(['upper', 'lower', 'big', 'little', 'small', 'great', 'old', 'new', 'middle', 'eastern', 'western', 'northern', 'southern']);

function withoutQualifier(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2) return [];
  if (QUALIFIERS.has(words[0]!.toLowerCase())) return [words.slice(1).join(' ')];
  if (QUALIFIERS.has(words[words.length - 1]!.toLowerCase())) return [words.slice(0, -1).join(' ')];
  return [];
}

function addUnit(units: Map<string, AdminUnit>, unit: AdminUnit): void {
  const key = `${unit.level}.${unit.countryCode}.${unit.code}`;
  const known = units.get(key);
  if (!known) units.set(key, unit);
  else if (!known.aliases.includes(unit.name) && known.name !== unit.name) units.set(key, { ...known, aliases: [...known.aliases, unit.name] });
}
