import { loadDataDirGazetteer } from '/work/wt/geocorpora/src/geo/data-dir-gazetteer.ts';
import d from '/work/wt/geocorpora/src/extract/places/state-abbreviations.json' with { type: 'json' };
const g = loadDataDirGazetteer('/tmp/gc/world');
for (const [cc, m] of [...Object.entries(d.written), ...Object.entries(d.postal)]) for (const [a, n] of Object.entries(m as Record<string,string>)) { const u = g.admin1ByName(n, cc); if (u.length !== 1 || u[0]!.name !== n) console.log(cc, a, n, u.map(x => x.name + ':' + x.code)); }
console.log(g.countryByName('US'), g.countryByName('United States'), g.admin1ByName('Alberta'));
