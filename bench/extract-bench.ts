import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openReader } from '../src/cli/open-reader.ts';
import { makeDocument, type Document } from '../src/core/document.ts';
import { readDocument, type Reader } from '../src/read-document.ts';
import { loadBenchPlaces, makeCorpus } from './report-corpus.ts';
import { timeStages } from './stage-timing.ts';
import { runWorstCase, worstCases } from './worst-cases.ts';

/**
 * `npm run bench [-- --quick] [-- --no-worst]`: reader load time, end-to-end extraction speed on a
 * synthetic report corpus, the cost of each extractor and refiner, and hostile inputs that must stay linear.
 * Single-threaded, so MB/s is per core.
 */

const MB = 1024 * 1024;
const TARGET_MB_S = 2;
const WORST_FLOOR_MB_S = 1;
// The machine is shared, so each measurement is the best of a few passes: the least disturbed one.
const PASSES = 3;

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

async function timeReaderLoad(): Promise<{ reader: Reader; cold: number; warm: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  try {
    let t0 = performance.now();
    await openReader({ dataDir });
    const cold = (performance.now() - t0) / 1000;
    t0 = performance.now();
    const reader = await openReader({ dataDir });
    const warm = (performance.now() - t0) / 1000;
    return { reader, cold, warm };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function megabytes(docs: readonly Document[]): number {
  return docs.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0) / MB;
}

function timeEndToEnd(reader: Reader, docs: readonly Document[]): number {
  const t0 = performance.now();
  for (const doc of docs) readDocument(reader, doc);
  return (performance.now() - t0) / 1000;
}

async function main(): Promise<void> {
  const { reader, cold, warm } = await timeReaderLoad();
  console.log(`reader load: cold ${cold.toFixed(2)} s (builds the gazetteer cache), warm ${warm.toFixed(2)} s\n`);

  const places = loadBenchPlaces();
  const corpus = makeCorpus(places, (quick ? 1 : 6) * MB).map((d) => makeDocument(d));
  const mb = megabytes(corpus);
  const sizes = corpus.map((d) => d.text.length);
  console.log(`corpus: ${corpus.length} documents, ${mb.toFixed(1)} MB, ${Math.min(...sizes)}–${Math.max(...sizes)} chars each, ${places.length} gazetteer towns`);

  // Warm-up: JIT and the gazetteer's memo, as in a long-running worker.
  timeEndToEnd(reader, corpus.slice(0, Math.ceil(corpus.length / 4)));
  const seconds = Math.min(...Array.from({ length: PASSES }, () => timeEndToEnd(reader, corpus)));
  const rate = mb / seconds;
  console.log(`end to end: ${rate.toFixed(2)} MB/s per core (${(seconds * 1000 / corpus.length).toFixed(2)} ms per document; target >= ${TARGET_MB_S} MB/s: ${rate >= TARGET_MB_S ? 'met' : 'NOT MET'})\n`);

  const times = new Map<string, number>();
  for (let pass = 0; pass < PASSES; pass += 1) {
    for (const [stage, ms] of timeStages(reader, corpus)) times.set(stage, Math.min(ms, times.get(stage) ?? ms));
  }
  const total = [...times.values()].reduce((a, b) => a + b, 0);
  const rows = [['stage', 'ms', 'share', 'MB/s alone']];
  for (const [name, ms] of [...times].sort((a, b) => b[1] - a[1])) {
    rows.push([name, ms.toFixed(0), `${((ms / total) * 100).toFixed(1)}%`, (mb / (ms / 1000)).toFixed(1)]);
  }
  console.log(`${table(rows)}\n`);

  if (args.has('--no-worst')) return;
  const reportLine = corpus.slice(0, 50).map((d) => d.text.replace(/\s+/g, ' ')).join(' ');
  const worst = [['worst case', 'MB', 's', 'MB/s', 'growth x4', '']];
  for (const c of worstCases(reportLine)) {
    let result;
    try {
      result = runWorstCase(reader, quick ? { ...c, bytes: c.bytes / 5 } : c);
    } catch (error) {
      // A crash is a finding like any other; the remaining cases still run.
      worst.push([c.name, '', '', '', '', `CRASHED: ${error instanceof Error ? error.message : String(error)}`]);
      continue;
    }
    const flags = [
      result.mbPerSecond < WORST_FLOOR_MB_S ? `UNDER ${WORST_FLOOR_MB_S} MB/s` : '',
      result.growth > 2 ? 'NOT LINEAR' : '',
      result.skipped ? 'full size not run (too slow)' : '',
    ];
    const growth = result.growth.toFixed(2);
    worst.push([result.name, result.mb.toFixed(1), result.seconds.toFixed(2), result.mbPerSecond.toFixed(2), growth, flags.join(' ').trim()]);
  }
  console.log(table(worst));
  console.log('(growth x4: time per byte at the largest size run over time per byte at a quarter of it; about 1 when linear)');
}

await main();
