// Development aid: the place stages' lazy trace for one article of a geoparsing corpus, beside its gold toponyms.
// Usage: node --import tsx scripts/geoparse-trace.ts DATA_DIR CORPUS.xml ARTICLE_ID
import { readFileSync } from 'node:fs';
import { makeDocument } from '../src/core/document.ts';
import type { PlaceMention } from '../src/core/mention.ts';
import { runPipeline } from '../src/core/run.ts';
import { createTrace } from '../src/core/trace.ts';
import { openReader } from '../src/cli/open-reader.ts';
import { parseGeoparseCorpus } from '../src/eval/geoparse-corpus.ts';
import { placeNames } from '../src/extract/places/place-names.ts';
import { resolvePlaces } from '../src/refine/resolve-places.ts';

const [dataDir, file, id] = process.argv.slice(2);
if (!dataDir || !file || !id) throw new Error('usage: geoparse-trace.ts DATA_DIR CORPUS.xml ARTICLE_ID');
const reader = await openReader({ dataDir });
const article = parseGeoparseCorpus(readFileSync(file, 'utf8'), file).articles.find((a) => a.id.endsWith(`#${id}`));
if (!article) throw new Error(`${file}: no article ${id}`);
const doc = makeDocument({ id: article.id, text: article.text, published: null, source: null });
const trace = createTrace(true);
const state = runPipeline({ doc, gazetteer: reader.gazetteer, lexicons: reader.lexicons, trace }, [placeNames], [resolvePlaces]);
console.log(article.text);
console.log(trace.lines.join('\n'));
for (const m of state.mentions.flat().filter((x): x is PlaceMention => x.kind === 'place')) {
  console.log(`${m.span.start}-${m.span.end} ${m.level} ${m.name} ${m.admin1 ?? ''} ${m.iso3 ?? ''} ${m.latitude ?? ''},${m.longitude ?? ''} ${m.score.toFixed(2)}`);
}
for (const t of article.toponyms) console.log(`gold ${t.start}-${t.end} ${t.phrase} ${t.latitude},${t.longitude}`);
