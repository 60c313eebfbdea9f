// Adds to src/eval/name-aliases.json the names iso3166-2-db knows for each first-level unit (English,
// GeoNames, the local languages' forms), so the scorer treats "Lower Saxony" and "Niedersachsen" as one
// unit. A spelling two units share ("Punjab", "Mexico", "Centre") is left out: it cannot tell them apart.
// Existing groups are kept; a generated group that meets one is merged into it.
// Curated groups (ADDITIONS, default scripts/admin1-alias-additions.json) are merged the same way, first.
// Usage: node --import tsx scripts/build-admin1-aliases.ts [ADDITIONS]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bareAdminName } from '../src/geo/admin-name.ts';
import { spellingKey } from '../src/eval/name-key.ts';
import admin1Aliases from '../src/geo/admin1-aliases.json' with { type: 'json' };

const FILE = 'src/eval/name-aliases.json';
const LATIN_ONLY = /^[\p{Script=Latin}\p{M}\p{Zs}\p{P}]+$/u;
interface Region { name: string; names: Record<string, string>; admin?: string | null }
const data = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('iso3166-2-db/data/iso3166-2.json'), 'utf8')) as Record<string, { iso: string; names: Record<string, string>; regions: Region[] }>;
const file = JSON.parse(readFileSync(FILE, 'utf8')) as { $comment: string; groups: string[][] };

const additions = JSON.parse(readFileSync(process.argv[2] ?? 'scripts/admin1-alias-additions.json', 'utf8')) as { groups: string[][] };
const units: string[][] = [];
const countryKeys = new Set<string>();
for (const country of Object.values(data)) {
  for (const n of Object.values(country.names)) if (LATIN_ONLY.test(n)) countryKeys.add(spellingKey(n));
  for (const region of country.regions) {
    if (!region.admin) continue;
    const extra = ((admin1Aliases as Record<string, unknown>)[country.iso] as Record<string, string[]> | undefined)?.[region.admin] ?? [];
    const raw = [region.names['en'], region.names['geonames'], region.name, ...extra, ...Object.values(region.names)];
    const names = raw.filter((n): n is string => typeof n === 'string' && n.length > 1 && LATIN_ONLY.test(n)).map(bareAdminName);
    units.push([...new Set(names)]);
  }
}
// Keys claimed by more than one unit, or by a country and a unit, name nothing for certain.
const owners = new Map<string, number>();
units.forEach((names, i) => {
  for (const key of new Set(names.map(spellingKey))) owners.set(key, owners.has(key) ? -1 : i);
});
const groups = file.groups.map((g) => [...g]);
const groupOfKey = new Map<string, number>();
groups.forEach((g, i) => g.forEach((n) => groupOfKey.set(spellingKey(n), i)));
let added = 0;
for (const names of additions.groups) {
  const existing = [...new Set(names.map((n) => groupOfKey.get(spellingKey(n))).filter((g): g is number => g !== undefined))];
  if (existing.length > 1) {
    console.warn(`left out, meets two groups: ${names.join(', ')}`);
    continue;
  }
  const target = existing[0] ?? groups.push([]) - 1;
  for (const name of names) {
    if (groupOfKey.has(spellingKey(name))) continue;
    groups[target]!.push(name);
    groupOfKey.set(spellingKey(name), target);
    added += 1;
  }
}
units.forEach((names, i) => {
  const kept = names.filter((n) => owners.get(spellingKey(n)) === i && !countryKeys.has(spellingKey(n)));
  const keys = new Set(kept.map(spellingKey));
  if (keys.size < 2) return;
  const existing = [...new Set([...keys].map((k) => groupOfKey.get(k)).filter((g): g is number => g !== undefined))];
  if (existing.length > 1) return;
  const target = existing[0] ?? groups.push([]) - 1;
  for (const name of kept) {
    const key = spellingKey(name);
    if (groupOfKey.has(key)) continue;
    groups[target]!.push(name);
    groupOfKey.set(key, target);
    added += 1;
  }
});
const lines = groups.map((g) => `    ${JSON.stringify(g).replace(/","/g, '", "')}`);
writeFileSync(FILE, `{\n  "$comment": ${JSON.stringify(file.$comment)},\n  "groups": [\n${lines.join(',\n')}\n  ]\n}\n`);
console.log(`${added} names added; ${groups.length} groups`);
