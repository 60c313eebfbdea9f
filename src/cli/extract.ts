import type { Command } from 'commander';
import { readInputs } from '../ingest/read-input.ts';
import type { InputKind } from '../ingest/input-result.ts';
import { readDocument, type Reading } from '../read-document.ts';
import { openReader } from './open-reader.ts';

interface ExtractOptions {
  readonly published?: string;
  readonly source?: string;
  readonly format: 'json' | 'jsonl' | 'summary';
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

function summaryText(reading: Reading): string {
  const head = `${reading.doc.id} (${reading.doc.source ?? 'unknown source'}, published ${reading.doc.published ?? 'unknown'}): ${reading.events.length} event(s)`;
  const lines = reading.events.map((e) => {
    const where = [e.location, e.admin1, e.country].filter(Boolean).join(', ') || 'place unknown';
    const killed = e.killed_best === null ? '' : ` killed ${e.qualifiers.killed ? `${e.qualifiers.killed} ` : ''}${e.killed_best}`;
    const wounded = e.wounded_best === null ? '' : ` wounded ${e.wounded_best}`;
    return `  ${e.kind === 'aggregate' ? 'TALLY' : 'EVENT'} ${e.date_start ?? '?'} ${e.event_type} / ${e.sub_event_type} | ${where} |${killed}${wounded}\n    ${e.notes}`;
  });
  return `${[head, ...lines].join('\n')}\n\n`;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print the events of each report, without touching any database')
    .argument('<files...>', 'report files or directories (text, HTML, or JSONL with --input jsonl)')
    .option('--published <date>', 'publication date YYYY-MM-DD, for reports that state none')
    .option('--source <name>', 'the outlet, for reports that name none')
    .option('--format <format>', 'json | jsonl | summary (one line per event, for people)', 'json')
    .option('--input <kind>', 'text | html | rss | jsonl (default: by file)')
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
        let reading: Reading;
        try {
          reading = readDocument(reader, result.doc, { explain: opts.explain });
        } catch (error) {
          // A reader bug on one document must not lose the documents after it: name it and go on.
          failures += 1;
          const where = `${result.file}${result.line ? `:${result.line}` : ''}`;
          process.stderr.write(`sitrep: ${where}: internal error reading document ${result.doc.id}: ${error instanceof Error ? error.message : String(error)}\n`);
          continue;
        }
        for (const d of reading.diagnostics) {
          process.stderr.write(`sitrep: ${result.file}: ${d.level}: ${d.message}${d.span ? ` [${d.span.start},${d.span.end})` : ''}\n`);
        }
        if (opts.explain) process.stderr.write(`${explainText(reading)}\n`);
        if (opts.format === 'jsonl') for (const e of reading.events) process.stdout.write(`${JSON.stringify(e)}\n`);
        else if (opts.format === 'summary') process.stdout.write(summaryText(reading));
        else out.push({ doc_id: result.doc.id, published: result.doc.published, source: result.doc.source, events: reading.events, diagnostics: reading.diagnostics });
      }
      if (opts.format === 'json') process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      if (failures > 0) process.exitCode = 2;
    });
}
