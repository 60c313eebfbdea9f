// Every candidate list of the look-up bench's queries, one JSON line per query with each candidate's fields,
// and a SHA-256 of them all: run it before and after a change to the index or the look-up path, and the two
// digests say whether any list changed (diff the files to see where).
// Usage: node --import tsx scripts/gazetteer-candidates.ts DATA_DIR OUT.jsonl [COUNT=50000]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadDataDirGazetteer } from '../src/geo/data-dir-gazetteer.ts';
import { defaultCitiesPath } from '../src/geo/embedded-gazetteer.ts';

const [dataDir, out, countText] = process.argv.slice(2);
if (!dataDir || !out) throw new Error('usage: gazetteer-candidates.ts DATA_DIR OUT.jsonl [COUNT]');
const count = Number(countText ?? 50_000);
const gazetteer = loadDataDirGazetteer(dataDir);
const lines = readFileSync(defaultCitiesPath(), 'utf8').split('\n');
// The bench's names (every n-th row's name), its misspellings, and each row's alternate names of those rows.
const names: string[] = [];
const alternates: string[] = [];
for (let i = 0; names.length < count && i < lines.length; i += Math.max(1, Math.floor(lines.length / count))) {
  const fields = lines[i]!.split('\t');
  if (!fields[1]) continue;
  names.push(fields[1]);
  const others = (fields[3] ?? '').split(',').filter((n) => n.length > 0);
  if (others.length > 0) alternates.push(others[names.length % others.length]!);
}
const misspelt = names.map((n) => (n.length > 5 ? n.slice(0, 3) + n.slice(4) : n));
// Transliterations and Arabic script, as the geoparser meets them.
const spellings = ['Idlib', 'Idleb', 'Tal Maleh', 'Tell Malah', 'Jalmeh', 'Kafr Nabl', 'Kafranbel', "Ma'arrat an Nu'man", 'Deir ez-Zor', 'Dayr az Zawr', 'حلب', 'إدلب', 'Aleppo', 'Nis', ''];
const hash = createHash('sha256');
const rows: string[] = [];
let candidates = 0;
for (const name of [...spellings, ...names, ...misspelt, ...alternates]) {
  const matches = gazetteer.match(name).map((m) => {
    const p = m.place;
    return [m.distance, m.primary, p.id, p.name, p.latitude, p.longitude, p.countryCode, p.feature, p.admin1Code, p.admin2Code, p.population, p.source];
  });
  candidates += matches.length;
  const row = JSON.stringify([name, matches]);
  hash.update(row).update('\n');
  rows.push(row);
}
writeFileSync(out, rows.join('\n') + '\n');
console.log(`${rows.length} queries, ${candidates} candidates, sha256 ${hash.digest('hex')}`);
