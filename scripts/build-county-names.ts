// Writes src/geo/county-names.json from a GeoNames admin2Codes.txt(.gz): the second-level units that local
// reports name with a unit word ("Butler County", "Rapides Parish"), by name, with the province and district
// codes of every unit so named. Only countries whose units carry such a word in GeoNames are kept.
// Usage: node --import tsx scripts/build-county-names.ts ../shared/data/geo/admin2Codes.txt.gz
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const [input] = process.argv.slice(2);
if (!input) throw new Error('usage: build-county-names.ts admin2Codes.txt[.gz]');
const raw = readFileSync(input);
const text = (input.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
const UNIT = /^(.+) (County|Parish|Borough)$/;
const COUNTRIES = new Set(['US']);
const byCountry: Record<string, Record<string, string[]>> = {};
for (const line of text.split('\n')) {
  const [code, name] = line.split('\t');
  if (!code || !name) continue;
  const [country, admin1, admin2] = code.split('.');
  const unit = UNIT.exec(name);
  if (!country || !admin1 || !admin2 || !unit || !COUNTRIES.has(country)) continue;
  const names = (byCountry[country] ??= {});
  (names[unit[1]!] ??= []).push(`${admin1}.${admin2}`);
}
const sorted = Object.fromEntries(
  Object.entries(byCountry).map(([country, names]) => [country, Object.fromEntries(Object.entries(names).sort(([a], [b]) => (a < b ? -1 : 1)).map(([n, c]) => [n, c.sort()]))]),
);
const comment = 'Counties, parishes and boroughs by name (without the unit word), with the GeoNames admin1.admin2 code of each unit so named, from GeoNames admin2Codes.txt (CC BY 4.0); built by scripts/build-county-names.ts.';
writeFileSync('src/geo/county-names.json', `${JSON.stringify({ $comment: comment, ...sorted })}\n`);
