import type { AdminUnit } from './gazetteer.ts';
import { parseGeonamesLine } from './geonames-row.ts';
import type { MemoryPlace } from './memory-gazetteer.ts';
import { cleanName, type ImportProblem, type PlaceImport } from './place-import.ts';

export const GEONAMES_DUMP_SOURCE = 'geonames-dump';
const COLUMNS = 19;

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
    const arabic: string[] = [];
    const row = parseGeonamesLine(raw, GEONAMES_DUMP_SOURCE, f, arabic);
    if (!row || !/^\d+$/.test(f[0]!) || Math.abs(row.place.latitude) > 90 || Math.abs(row.place.longitude) > 180) {
      problems.push({ line, message: `bad geonameid or coordinates "${f[0]}", "${f[4]}", "${f[5]}"` });
      continue;
    }
    const p = row.place;
    if (country !== undefined && p.countryCode !== country) continue;
    const featureClass = f[6];
    const code = f[7];
    const unit = (code === 'ADM1' || code === 'ADM2') && p.admin1Code !== null;
    if (featureClass !== 'P' && !unit) continue;
    if (featureClass !== 'P' && code === 'ADM2' && !p.admin2Code) continue;
    const own = cleanName(p.name);
    // Every name but the row's own, cleaned, each once, in the order the row gives them, Arabic script last.
    const others = new Distinct(own);
    for (const n of row.names) others.add(cleanName(n));
    // Cleaning changes only white space, never whether a name is in Arabic script.
    for (const n of arabic) others.add(cleanName(n));
    if (featureClass === 'P') {
      const { id, latitude, longitude, countryCode, feature, admin1Code, admin2Code, population, source } = p;
      places.push({ id, name: own, latitude, longitude, countryCode, feature, admin1Code, admin2Code, population, source, alternateNames: others.list });
    } else {
      admins.push({
        countryCode: p.countryCode,
        code: code === 'ADM1' ? p.admin1Code! : `${p.admin1Code}.${p.admin2Code}`,
        name: own,
        aliases: others.list,
        level: code === 'ADM1' ? 1 : 2,
      });
    }
  }
  return { places, admins, problems };
}

// Past this many names a list is searched through a Set: a capital has hundreds of alternates.
const SHORT_LIST = 16;

/** Names each kept once, in the order first given, leaving out the empty name and one other. */
class Distinct {
  readonly list: string[] = [];
  private seen: Set<string> | null = null;

  constructor(private readonly left: string) {}

  add(name: string): void {
    if (name === '' || name === this.left) return;
    if (this.seen === null && this.list.length >= SHORT_LIST) this.seen = new Set(this.list);
    if (this.seen ? this.seen.has(name) : this.list.includes(name)) return;
    this.list.push(name);
    this.seen?.add(name);
  }
}
