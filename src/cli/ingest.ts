import type { Command } from 'commander';
import { extname } from 'node:path';
import type { Document } from '../core/document.ts';
import type { EventRecord } from '../core/event.ts';
import { readAcledFile } from '../ingest/acled-input.ts';
import { expandPaths } from '../ingest/expand-paths.ts';
import type { InputKind } from '../ingest/input-result.ts';
import type { InputResult } from '../ingest/input-result.ts';
import { readInputs } from '../ingest/read-input.ts';
import { isUrl, readUrl } from '../ingest/url-input.ts';
import { readDocument, type Reader } from '../read-document.ts';
import { openIncidentStore } from '../store/open-incident-store.ts';
import { openStore } from '../store/open-store.ts';
import type { EventStore, PutItem, PutOptions, PutOutcome } from '../store/store.ts';
import { createProgress, rates } from './ingest-progress.ts';
import { enqueueReports } from './ingest-queue.ts';
import { dataDirOf, openReader } from './open-reader.ts';

interface IngestOptions {
  readonly input?: InputKind | 'acled';
  readonly published?: string;
  readonly source?: string;
  readonly queue?: boolean;
}

const INPUTS = ['text', 'html', 'rss', 'jsonl', 'acled'];

/** Documents and events of one run, with failures named as they happen. */
function createTally() {
  const outcomes: Record<PutOutcome, number> = { inserted: 0, replaced: 0, unchanged: 0 };
  return {
    outcomes,
    counts: { documents: 0, events: 0, failed: 0 },
    deleted: 0,
    fail(where: string, message: string): void {
      this.counts.failed += 1;
      process.stderr.write(`sitrep: ${where}: ${message}\n`);
    },
  };
}
type Tally = ReturnType<typeof createTally>;

// Documents per transaction: one commit (and one full-text flush) for many documents, each still atomic.
const BATCH = 200;

/** Collects documents and stores them in batches, naming each one that fails. */
function createBatcher(store: EventStore, tally: Tally) {
  let pending: (PutItem & { where: string })[] = [];
  return {
    async add(where: string, doc: Document, events: readonly EventRecord[], options?: PutOptions): Promise<void> {
      pending.push({ where, doc, events, options });
      if (pending.length >= BATCH) await this.flush();
    },
    async flush(): Promise<void> {
      const items = pending;
      pending = [];
      if (items.length === 0) return;
      const results = await store.putDocuments(items);
      results.forEach((result, i) => {
        if (result.outcome === 'failed') {
          // Nothing of this document was written; the others in the batch were.
          tally.fail(items[i]!.where, `not stored (${result.error.message})`);
          return;
        }
        tally.outcomes[result.outcome] += 1;
        tally.counts.documents += 1;
        tally.counts.events += result.events_written;
        tally.deleted += result.events_deleted;
      });
    },
  };
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description("store reports, their events and imported ACLED rows in the data directory's database (or SITREP_DATABASE_URL)")
    .argument('<paths...>', 'report files, directories or http(s) urls; .csv files are read as ACLED exports')
    .option('--input <kind>', `${INPUTS.join(' | ')} (default: by file)`)
    .option('--published <date>', 'publication date YYYY-MM-DD, for reports that state none')
    .option('--source <name>', 'the outlet, for reports that name none')
    .option('--queue', 'hand the reports to `sitrep worker` through the job queue and print the job ids at once')
    .action(async (args: string[], opts: IngestOptions, command: Command) => {
      if (opts.input !== undefined && !INPUTS.includes(opts.input)) throw new Error(`--input must be one of ${INPUTS.join(', ')}`);
      const global = command.optsWithGlobals<{ dataDir?: string }>();
      const urls = args.filter(isUrl);
      const paths = args.filter((a) => !isUrl(a));
      if (opts.queue) {
        if (opts.input === 'acled') throw new Error('--queue: ACLED rows are coded already; import them without --queue');
        process.exitCode = await enqueueReports({ paths, urls, input: opts.input, published: opts.published, source: opts.source, dataDir: dataDirOf(global) });
        return;
      }
      const store = await openStore({ dataDir: dataDirOf(global), databaseUrl: process.env.SITREP_DATABASE_URL });
      const tally = createTally();
      const progress = createProgress(process.stderr);
      const batcher = createBatcher(store, tally);
      let reader: Reader | null = null;
      const storeResult = async (result: InputResult) => {
        const where = `${result.file}${result.line ? `:${result.line}` : ''}`;
        if (!result.ok) {
          tally.fail(where, result.message);
          return;
        }
        for (const d of result.diagnostics) process.stderr.write(`sitrep: ${where}: ${d.level}: ${d.message}\n`);
        let events: readonly EventRecord[];
        try {
          events = readDocument(reader!, result.doc).events;
        } catch (error) {
          tally.fail(where, `internal error reading document ${result.doc.id}: ${error instanceof Error ? error.message : String(error)}`);
          return;
        }
        await batcher.add(where, result.doc, events);
        progress.update(tally.counts);
      };
      try {
        for (const url of urls) {
          reader ??= await openReader(global);
          const read = await readUrl(url, { input: opts.input as InputKind | undefined, published: opts.published, source: opts.source });
          if (!read.ok) tally.fail(url, read.message);
          else for (const result of read.results) await storeResult(result);
        }
        for await (const path of expandPaths(paths)) {
          if (!path.ok) {
            tally.fail(path.file, path.message);
            continue;
          }
          const acled = opts.input === 'acled' || (opts.input === undefined && extname(path.file).toLowerCase() === '.csv');
          if (acled) {
            for await (const row of readAcledFile(path.file)) {
              if (!row.ok) tally.fail(`${row.file}${row.line ? `:${row.line}` : ''}`, row.message);
              else await batcher.add(`${row.file}:${row.line}`, row.doc, [row.event], { contentHash: row.contentHash });
              progress.update(tally.counts);
            }
            continue;
          }
          // The gazetteer loads only when there are reports to read: an ACLED import never needs it.
          reader ??= await openReader(global);
          const input = opts.input as InputKind | undefined;
          for await (const result of readInputs([path.file], { input, published: opts.published, source: opts.source })) await storeResult(result);
        }
        await batcher.flush();
        progress.done();
        const incidents = await reconcileStored(dataDirOf(global));
        const { inserted, replaced, unchanged } = tally.outcomes;
        const summary = await store.summarise();
        const byType = Object.entries(summary.by_type).map(([type, n]) => `  ${String(n).padStart(7)}  ${type}`);
        process.stdout.write(
          [
            `ingested ${tally.counts.documents} documents: ${inserted} new, ${replaced} replaced, ${unchanged} unchanged; ` +
              `${tally.counts.events} events stored, ${tally.deleted} replaced; ${tally.counts.failed} failed`,
            `  ${rates(tally.counts, progress.seconds())} in ${progress.seconds().toFixed(1)} s`,
            `store: ${store.location} — ${summary.documents} documents, ${summary.events} events`,
            incidents,
            ...byType,
          ].join('\n') + '\n',
        );
      } finally {
        await store.close();
      }
      if (tally.counts.failed > 0) process.exitCode = 2;
    });
}

/** Places the new events in incidents (and takes replaced ones out): one automatic run after storing. */
async function reconcileStored(dataDir: string): Promise<string> {
  const incidents = await openIncidentStore({ dataDir, databaseUrl: process.env.SITREP_DATABASE_URL });
  try {
    const r = await incidents.reconcilePending('sitrep ingest');
    return `incidents: ${r.placed} events placed, ${r.removed} taken out; ${r.created} new, ${r.updated} updated, ${r.deleted} merged or emptied`;
  } finally {
    await incidents.close();
  }
}
