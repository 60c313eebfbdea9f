import { bareAdminName } from './admin-name.ts';
import type { AdminUnit } from './gazetteer.ts';
import { cleanName, type ImportProblem, type PlaceImport } from './place-import.ts';

const COLUMNS = 4;
const CODE = /^([A-Z]{2})\.([^.\s]+)\.(\S(?:.*\S)?)$/;

/**
 * True when a GeoNames file is an admin code table ("admin2Codes.txt": `CC.A1.A2 <tab> name <tab> ascii name
 * <tab> geonameid`) rather than a country dump: its first line has the table's four columns and code.
 */
export function isGeonamesAdminCodes(text: string): boolean {
  const first = text.slice(0, text.indexOf('\n') >>> 0).replace(/\r$/, '').split('\t');
  return first.length === COLUMNS && CODE.test(first[0]!);
}

/**
 * Reads GeoNames' district names: the codes cities500 places carry ("SY.08.170590") get the names reports and
 * ACLED use ("Douma"), so events get an admin2 with no village list imported. The name is kept without its
 * "District" word, which the full name and the ASCII spelling keep as aliases.
 */
export function parseGeonamesAdminCodes(text: string, country?: string): PlaceImport {
  const admins: AdminUnit[] = [];
  const problems: ImportProblem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i]!.endsWith('\r') ? lines[i]!.slice(0, -1) : lines[i]!;
    if (raw.trim() === '') continue;
    const f = raw.split('\t');
    const code = CODE.exec(f[0] ?? '');
    const full = cleanName(f[1]);
    if (f.length !== COLUMNS || !code || full === '') {
      problems.push({ line: i + 1, message: f.length !== COLUMNS ? `${f.length} columns, an admin code line has ${COLUMNS}` : `bad code or name "${f[0]}", "${f[1] ?? ''}"` });
      continue;
    }
    const [, countryCode, admin1, admin2] = code;
    if (country !== undefined && countryCode !== country) continue;
    const name = bareAdminName(full);
    const aliases = [...new Set([full, cleanName(f[2])])].filter((n) => n !== '' && n !== name);
    admins.push({ countryCode: countryCode!, code: `${admin1}.${admin2}`, name, aliases, level: 2 });
  }
  return { places: [], admins, problems };
}
