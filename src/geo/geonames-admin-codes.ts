import type { AdminUnit } from './gazetteer.ts';
import { cleanName, type ImportProblem, type PlaceImport } from './place-import.ts';
import { plainUnitName } from './unit-generic-words.ts';

// "SY.12" or "SY.12.1234": a country code, then one or two unit codes (a few second-level codes hold spaces).
const CODE = /^([A-Z]{2})\.([^.\t]+)(?:\.([^\t]+))?$/;

/**
 * Reads GeoNames' unit-name tables ("admin1CodesASCII.txt", "admin2Codes.txt": code, name, ASCII name,
 * geonameid, tab-separated). They name the codes every GeoNames place carries, so once imported a town
 * from the embedded cities knows its district ("Alingar", "Majz") and a report's "Majz district" is found.
 */
export function parseGeonamesAdminCodes(text: string, country?: string): PlaceImport {
  const admins: AdminUnit[] = [];
  const problems: ImportProblem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i]!.endsWith('\r') ? lines[i]!.slice(0, -1) : lines[i]!;
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const f = raw.split('\t');
    const line = i + 1;
    const code = CODE.exec(f[0] ?? '');
    if (!code) {
      problems.push({ line, message: `"${f[0]}" is not a GeoNames unit code ("CC.ADM1" or "CC.ADM1.ADM2")` });
      continue;
    }
    const name = cleanName(f[1]);
    if (f.length < 3 || name === '') {
      problems.push({ line, message: `${f.length} column(s) and no name; a unit line has code, name, ASCII name and geonameid` });
      continue;
    }
    const [, countryCode, admin1, admin2] = code;
    if (country !== undefined && countryCode !== country) continue;
    const ascii = cleanName(f[2]);
    // A district is named as reports name it ("Karlovy Vary"); GeoNames' own form stays an alias.
    const plain = admin2 === undefined ? name : plainUnitName(name);
    admins.push({
      countryCode: countryCode!,
      code: admin2 === undefined ? admin1! : `${admin1}.${admin2}`,
      name: plain,
      aliases: [...new Set([name, ascii, plainUnitName(ascii)])].filter((n) => n !== '' && n !== plain),
      level: admin2 === undefined ? 1 : 2,
    });
  }
  return { places: [], admins, problems };
}
