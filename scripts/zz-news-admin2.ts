import { findGoldFiles, loadGoldCase } from '../src/eval/load-gold.ts';
import { scoreDocument } from '../src/eval/score-document.ts';
import { openReader } from '../src/cli/open-reader.ts';
import { readDocument } from '../src/read-document.ts';
const reader = await openReader({ dataDir: process.argv[2] ?? './.sitrep' });
for (const file of await findGoldFiles(['../shared/eval/news/gold'])) {
  const { gold, doc } = await loadGoldCase(file);
  const events = readDocument(reader, doc).events;
  for (const p of scoreDocument(gold, events).pairs) {
    const g = p.gold as any; const e = p.predicted as any;
    if (g.admin2 == null) continue;
    console.log(`${gold.doc.slice(0, 30).padEnd(30)} gold ${JSON.stringify(g.admin2)} / ${JSON.stringify(g.location)} (${g.admin1}) | ours ${e.admin2} / ${e.location} (${e.admin1}) prec ${e.geo_precision}`);
  }
}
