import type { AdminUnit } from './gazetteer.ts';
import { parseGeonamesLine } from './geonames-row.ts';
import type { MemoryPlace } from './memory-gazetteer.ts';
import { cleanName, type ImportProblem, type PlaceImport } from './place-import.ts';

export const GEONAMES_DUMP_SOURCE = 'geonames-dump';
const COLUMNS = 19;
const ARABIC = /[\u0600-\u06FF]/;

/**
 * Reads a GeoNames country dump ("SY.txt": 19 tab-separated columns, no header). Populated places
 * (feature class P) become places; ADM1 and ADM2 rows name the units the places' codes point at,
 * so districts get names. Other features (mountains, wells, farms) are left out: a report's "Jabal"
 * is read by the extractor as a region, not a point.
 */
export function parseGeonamesDump(text: string, country?: string): PlaceImport {
  const places: MemoryPlace[] = [];
  const admins: AdminUnit[] = [];
  const problems: ImportProblem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i]!.endsWith('\r') ? lines[i]!.slice(0, -1) : lines[i]!;
    if (raw.trim() === '') continue;
    const f = raw.split('\t');
    const line = i + 1;
    if (f.length !== COLUMNS) {
      problems.push({ line, message: `${f.length} columns, a GeoNames dump line has ${COLUMNS}` });
      continue;
    }
    const row = parseGeonamesLine(raw, GEONAMES_DUMP_SOURCE, f);
    if (!row || !/^\d+$/.test(f[0]!) || Math.abs(row.place.latitude) > 90 || Math.abs(row.place.longitude) > 180) {
      problems.push({ line, message: `bad geonameid or coordinates "${f[0]}", "${f[4]}", "${f[5]}"` });
      continue;
    }
    if (country !== undefined && row.place.countryCode !== country) continue;
    const featureClass = f[6];
    const code = f[7];
    // Cleaning changes only white space, never whether a name is in Arabic script: test first, clean the few.
    const arabic = f[3]!.split(',').filter((n) => ARABIC.test(n)).map(cleanName);
    const names: string[] = [];
    for (const n of [...row.names.map(cleanName), ...arabic]) if (n !== '' && !names.includes(n)) names.push(n);
    if (featureClass === 'P') {
      const [name, ...alternateNames] = [cleanName(row.place.name), ...names.filter((n) => n !== cleanName(row.place.name))];
      places.push({ ...row.place, name: name!, alternateNames });
    } else if ((code === 'ADM1' || code === 'ADM2') && row.place.admin1Code) {
      const admin2 = row.place.admin2Code;
      if (code === 'ADM2' && !admin2) continue;
      admins.push({
        countryCode: row.place.countryCode,
        code: code === 'ADM1' ? row.place.admin1Code : `${row.place.admin1Code}.${admin2}`,
        name: cleanName(row.place.name),
        aliases: names.filter((n) => n !== cleanName(row.place.name)),
        level: code === 'ADM1' ? 1 : 2,
      });
    }
  }
  return { places, admins, problems };
}
