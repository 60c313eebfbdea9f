import countyNames from './county-names.json' with { type: 'json' };

/** A name folded for comparison: no accents, case, dots or apostrophes; "St." is "Saint"; hyphens are spaces. */
export function foldCountyName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bste?\.?(?=\s)/g, (s) => (s.startsWith('ste') ? 'sainte' : 'saint'))
    .replace(/['’.]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

let index: ReadonlyMap<string, readonly string[]> | null = null;

function countyIndex(): ReadonlyMap<string, readonly string[]> {
  if (index) return index;
  const built = new Map<string, string[]>();
  for (const [country, names] of Object.entries(countyNames)) {
    if (typeof names !== 'object') continue;
    for (const [name, codes] of Object.entries(names as Record<string, string[]>)) {
      const key = foldCountyName(name);
      const list = built.get(key) ?? [];
      list.push(...codes.map((c) => `${country}.${c}`));
      built.set(key, list);
    }
  }
  return (index = built);
}

/**
 * The districts ("US.TX.001") of sitrep's own table that a report means by "NAME County" (or Parish, Borough):
 * every unit so named, in every state, for the places in the report to choose among.
 */
export function countyDistricts(name: string): readonly string[] {
  return countyIndex().get(foldCountyName(name)) ?? [];
}
