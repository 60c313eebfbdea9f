import { findGoldFiles, loadGoldCase } from '../src/eval/load-gold.ts';
import { scoreDocument } from '../src/eval/score-document.ts';
import { openReader } from '../src/cli/open-reader.ts';
import { readDocument } from '../src/read-document.ts';
import { sameName } from '../src/eval/name-key.ts';
const reader = await openReader({ dataDir: process.argv[2] ?? '/tmp/s6-empty' });
for (const file of await findGoldFiles(['../shared/eval/news/gold'])) {
  const { gold, doc } = await loadGoldCase(file);
  const events = readDocument(reader, doc).events;
  for (const p of scoreDocument(gold, events).pairs) {
    const g = p.gold as any; const e = p.predicted as any;
    if (g.location == null) continue;
    const golds = [g.location].flat();
    const ok = golds.some((x: string) => e.location && sameName(x, e.location));
    if (!ok) console.log(`${gold.doc.slice(0, 8)} gold ${JSON.stringify(golds)} (${g.admin1}) | ours ${e.location} (${e.admin1}) p${e.geo_precision}`);
  }
}
