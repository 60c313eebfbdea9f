import data from './world-areas.json' with { type: 'json' };

/** A continent or world region: a set of countries, never a point. */
export interface WorldArea {
  /** The lower-case name it is filed under: the `area:KEY` of a mention's place id. */
  readonly key: string;
  readonly name: string;
  readonly kind: 'continent' | 'region';
  readonly countries: ReadonlySet<string>;
  /** The one country a region lies inside ("Darfur" in Sudan); null when it spans several. */
  readonly within: string | null;
}

interface AreaRow {
  readonly name: string;
  readonly kind: string;
  readonly countries: string;
  readonly aliases?: readonly string[];
  readonly within?: string;
}

const byKey = new Map<string, WorldArea>();
const byName = new Map<string, WorldArea>();
for (const [key, row] of Object.entries(data.areas as Record<string, AreaRow>)) {
  const area: WorldArea = {
    key,
    name: row.name,
    kind: row.kind === 'continent' ? 'continent' : 'region',
    countries: new Set(row.countries.split(' ')),
    within: row.within ?? null,
  };
  byKey.set(key, area);
  for (const name of [key, ...(row.aliases ?? [])]) byName.set(name, area);
}

/** The area a phrase names ("Europe", "the Middle East", "Mideast"); null for anything else. */
export function worldArea(phrase: string): WorldArea | null {
  const name = phrase.toLowerCase().replace(/[’']s$/, '').replace(/\s+/g, ' ').trim();
  return byName.get(name) ?? byName.get(name.replace(/^the /, '')) ?? null;
}

/** The area filed under a key, as a mention's place id `area:KEY` names it. */
export function worldAreaByKey(key: string): WorldArea | null {
  return byKey.get(key) ?? null;
}
