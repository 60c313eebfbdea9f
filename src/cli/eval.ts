import type { Command } from 'commander';
import type { Document } from '../core/document.ts';
import type { EventRecord } from '../core/event.ts';
import { formatAcledReport } from '../eval/format-acled-report.ts';
import { formatGoldReport } from '../eval/format-gold-report.ts';
import { loadAcledCases } from '../eval/load-acled.ts';
import { findGoldFiles, loadGoldCase } from '../eval/load-gold.ts';
import { scoreAcledRow } from '../eval/score-acled.ts';
import { scoreDocument, type DocumentScore } from '../eval/score-document.ts';
import { summariseAcled } from '../eval/summarise-acled.ts';
import { summariseScores } from '../eval/summarise-scores.ts';
import { readDocument, type Reader } from '../read-document.ts';
import { evalGeoparse, unitHoldsFrom } from '../eval/run-geoparse.ts';
import { loadImportedGazetteer } from '../geo/imported-gazetteer.ts';
import { dataDirOf, openReader } from './open-reader.ts';

interface EvalOptions {
  readonly acled?: boolean;
  readonly geoparse?: boolean;
  readonly limit?: number;
  readonly country?: string;
  readonly json?: boolean;
  readonly verbose?: boolean;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score sitrep\'s readings against hand-coded gold readings, or against ACLED rows with --acled')
    .argument('<inputs...>', 'gold files or directories of *.gold.json; with --acled, ACLED CSV files')
    .option('--acled', 'each CSV row is a test case: its notes are the text, its columns the gold')
    .option('--geoparse', 'geoparsing corpora (LGL, TR-News, GeoVirus XML, or directories of them): toponyms found and resolved within 161 km')
    .option('--limit <n>', 'with --acled, score only the first n rows', parseLimit)
    .option('--country <name>', 'with --acled, score only the rows of that country (ACLED\'s name, e.g. Syria)')
    .option('--json', 'print the scores as JSON')
    .option('--verbose', 'per-document detail (gold) or error confusions (--acled)')
    .action(async (inputs: string[], options: EvalOptions, command: Command) => {
      const { dataDir } = command.optsWithGlobals<{ dataDir?: string }>();
      const reader = await openReader({ dataDir });
      if (options.geoparse) {
        const boundaries = loadImportedGazetteer(dataDirOf({ dataDir }))?.boundaries() ?? null;
        const { report, json } = await evalGeoparse(reader, inputs, unitHoldsFrom(boundaries), options.verbose ?? false);
        process.stdout.write(`${options.json ? JSON.stringify(json, null, 2) : report}\n`);
        return;
      }
      const report = options.acled ? await evalAcled(reader, inputs, options) : await evalGold(reader, inputs, options);
      process.stdout.write(`${report}\n`);
    });
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--limit expects a positive whole number, not "${value}"`);
  return n;
}

/**
 * A document the reader fails on is scored as read with no events, and the failure is reported on stderr:
 * one crashing report should not hide the scores of all the others.
 */
function readEvents(reader: Reader, doc: Document, failures: string[]): readonly EventRecord[] {
  try {
    return readDocument(reader, doc).events;
  } catch (error) {
    failures.push(`${doc.id}: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}

function reportFailures(failures: readonly string[]): void {
  if (failures.length === 0) return;
  process.stderr.write(`sitrep eval: the reader failed on ${failures.length} document(s), scored as empty readings:\n`);
  for (const line of failures.slice(0, 10)) process.stderr.write(`  ${line}\n`);
  if (failures.length > 10) process.stderr.write(`  ... and ${failures.length - 10} more\n`);
}

async function evalGold(reader: Reader, inputs: readonly string[], options: EvalOptions): Promise<string> {
  const files = await findGoldFiles(inputs);
  if (files.length === 0) throw new Error(`eval: no *.gold.json found in ${inputs.join(', ')}`);
  const failures: string[] = [];
  const scores: DocumentScore[] = [];
  for (const file of files) {
    const { gold, doc } = await loadGoldCase(file);
    scores.push(scoreDocument(gold, readEvents(reader, doc, failures)));
  }
  reportFailures(failures);
  const summary = summariseScores(scores);
  if (!options.json) return formatGoldReport(summary, scores, options.verbose ?? false);
  const documents = scores.map((score) => ({
    doc: score.doc,
    true_positives: score.truePositives,
    false_positives: score.falsePositives,
    false_negatives: score.falseNegatives,
    missed: score.missed,
    unmatched_predictions: score.spurious,
    optional_matched: score.optionalMatched,
    pairs: score.pairs.map((pair) => ({ gold: pair.gold.id, predicted: pair.predicted.id, fields: pair.fields })),
  }));
  return JSON.stringify({ ...summary, reader_failures: failures, per_document: documents }, null, 2);
}

async function evalAcled(reader: Reader, inputs: readonly string[], options: EvalOptions): Promise<string> {
  const all = await loadAcledCases(inputs, options.limit);
  const cases = options.country === undefined ? all : all.filter(({ row }) => row.country.toLowerCase() === options.country!.toLowerCase());
  if (cases.length === 0) throw new Error(`eval: no ACLED rows${options.country ? ` of ${options.country}` : ''} in ${inputs.join(', ')}`);
  const failures: string[] = [];
  const started = performance.now();
  const scores = cases.map(({ row, doc }) => scoreAcledRow(row, readEvents(reader, doc, failures)));
  const seconds = (performance.now() - started) / 1000;
  reportFailures(failures);
  const summary = summariseAcled(scores);
  if (options.json) return JSON.stringify({ ...summary, seconds, reader_failures: failures }, null, 2);
  const speed = `read ${cases.length} notes in ${seconds.toFixed(1)} s`;
  return `${formatAcledReport(summary, options.verbose ?? false)}\n\n${speed}`;
}
