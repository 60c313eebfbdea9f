import type { Command } from 'commander';
import { readInputs } from '../ingest/read-input.ts';
import type { InputKind } from '../ingest/input-result.ts';
import { readDocument, type Reading } from '../read-document.ts';
import { openReader } from './open-reader.ts';

interface ExtractOptions {
  readonly published?: string;
  readonly source?: string;
  readonly format: 'json' | 'jsonl';
  readonly input?: InputKind;
  readonly explain?: boolean;
}

function explainText(reading: Reading): string {
  const lines = [`# ${reading.doc.id} (published ${reading.doc.published ?? 'unknown'})`, ...reading.trace];
  for (const event of reading.events) {
    lines.push(`## ${event.id}: ${event.notes}`);
    for (const e of event.evidence) lines.push(`   ${e.field.padEnd(22)} ← "${e.quote}" [${e.start},${e.end})`);
    for (const [field, why] of Object.entries(event.implied)) lines.push(`   ${field.padEnd(22)} ← implied: ${why}`);
  }
  for (const d of reading.diagnostics) lines.push(`   ${d.level}: ${d.message}`);
  return lines.join('\n');
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print the events of each report, without touching any database')
    .argument('<files...>', 'report files or directories (text, HTML, or JSONL with --input jsonl)')
    .option('--published <date>', 'publication date YYYY-MM-DD, for reports that state none')
    .option('--source <name>', 'the outlet, for reports that name none')
    .option('--format <format>', 'json | jsonl', 'json')
    .option('--input <kind>', 'text | html | jsonl (default: by file)')
    .option('--explain', 'show why each value was chosen (on stderr)')
    .action(async (files: string[], opts: ExtractOptions, command: Command) => {
      const reader = await openReader(command.optsWithGlobals());
      const out: unknown[] = [];
      let failures = 0;
      for await (const result of readInputs(files, { input: opts.input, published: opts.published, source: opts.source })) {
        if (!result.ok) {
          failures += 1;
          process.stderr.write(`sitrep: ${result.file}${result.line ? `:${result.line}` : ''}: ${result.message}\n`);
          continue;
        }
        for (const d of result.diagnostics) process.stderr.write(`sitrep: ${result.file}: ${d.level}: ${d.message}\n`);
        const reading = readDocument(reader, result.doc, { explain: opts.explain });
        if (opts.explain) process.stderr.write(`${explainText(reading)}\n`);
        if (opts.format === 'jsonl') for (const e of reading.events) process.stdout.write(`${JSON.stringify(e)}\n`);
        else out.push({ doc_id: result.doc.id, published: result.doc.published, source: result.doc.source, events: reading.events });
      }
      if (opts.format !== 'jsonl') process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      if (failures > 0) process.exitCode = 2;
    });
}
