import type { Command } from 'commander';
import type { PlaceMention } from '../core/mention.ts';
import { runPipeline } from '../core/run.ts';
import { quote } from '../core/span.ts';
import { createTrace } from '../core/trace.ts';
import { placeNames } from '../extract/places/place-names.ts';
import { readInputs, type InputKind } from '../ingest/read-input.ts';
import { resolvePlaces } from '../refine/resolve-places.ts';
import { openReader } from './open-reader.ts';

interface PlacesOptions {
  readonly input?: InputKind;
  readonly format: string;
  readonly published?: string;
  readonly source?: string;
}

/** The flat record of DESIGN.md's `sitrep places` contract. */
function placeRecord(docId: string, text: string, m: PlaceMention): Record<string, unknown> {
  return {
    doc_id: docId,
    start: m.span.start,
    end: m.span.end,
    text: quote(text, m.span),
    name: m.name,
    latitude: m.latitude,
    longitude: m.longitude,
    country: m.country,
    admin1: m.admin1,
    admin2: m.admin2,
    feature: m.feature,
    source_id: m.placeId,
    level: m.level,
  };
}

export function registerPlaces(program: Command): void {
  program
    .command('places')
    .description('print every place mention found and resolved, one JSON line each')
    .argument('<files...>', 'report files (text, HTML, or JSONL with --input jsonl)')
    .option('--input <kind>', 'text | html | jsonl')
    .option('--format <format>', 'jsonl', 'jsonl')
    .option('--published <date>', 'publication date YYYY-MM-DD')
    .option('--source <name>', 'the outlet')
    .action(async (files: string[], options: PlacesOptions, command: Command) => {
      if (options.format !== 'jsonl') throw new Error(`places: unknown format ${options.format} (only jsonl)`);
      const { dataDir } = command.optsWithGlobals<{ dataDir?: string }>();
      const reader = await openReader({ dataDir });
      // Only the place stages run: this command shows what the geoparser alone makes of each report.
      for await (const result of readInputs(files, options)) {
        if (!result.ok) {
          process.stderr.write(`sitrep places: ${result.file}${result.line ? `:${result.line}` : ''}: ${result.message}\n`);
          process.exitCode = 1;
          continue;
        }
        const ctx = { doc: result.doc, gazetteer: reader.gazetteer, lexicons: reader.lexicons, trace: createTrace(false) };
        const state = runPipeline(ctx, [placeNames], [resolvePlaces]);
        const lines: string[] = [];
        for (const mention of state.mentions.flat()) {
          if (mention.kind === 'place') lines.push(JSON.stringify(placeRecord(result.doc.id, result.doc.text, mention)));
        }
        if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
      }
    });
}
