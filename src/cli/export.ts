import type { Command } from 'commander';
import { once } from 'node:events';
import { EXPORT_FORMATS, exportWriter, type ExportFormat } from '../export/export-format.ts';
import { EventFilterSchema, parseWith } from '../store/event-filter.ts';
import { openStore } from '../store/open-store.ts';
import type { EventStore } from '../store/store.ts';
import { dataDirOf } from './open-reader.ts';

interface ExportOptions {
  readonly format: string;
  readonly pointsOnly?: boolean;
  readonly changesSince?: string;
  readonly [flag: string]: unknown;
}

// Flags named as the API's query parameters, with dashes.
const FILTER_FLAGS = ['from', 'to', 'country', 'admin1', 'bbox', 'event_type', 'actor', 'reporter', 'min_killed', 'q', 'kind'] as const;
const PAGE = 1000;

const camel = (name: string): string => name.replace(/_(.)/g, (_m, c: string) => c.toUpperCase());
const flag = (name: string): string => `--${name.replace(/_/g, '-')}`;

/** Writes and waits when the pipe is full, so that exporting millions of events keeps memory flat. */
async function write(text: string): Promise<void> {
  if (text !== '' && !process.stdout.write(text)) await once(process.stdout, 'drain');
}

async function writeEvents(store: EventStore, format: ExportFormat, filter: ReturnType<typeof EventFilterSchema.parse>, pointsOnly: boolean): Promise<number> {
  const writer = exportWriter(format, { pointsOnly });
  let count = 0;
  await write(writer.begin());
  let cursor: string | undefined;
  do {
    const page = await store.queryEvents(filter, { limit: PAGE, cursor });
    for (const event of page.events) await write(writer.item(event));
    count += page.events.length;
    cursor = page.next_cursor ?? undefined;
  } while (cursor !== undefined);
  await write(writer.end());
  return count;
}

/** Changes after a time, one JSON line each; upserts carry the event as it now stands. */
async function writeChanges(store: EventStore, since: string): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await store.changesSince(since, { limit: PAGE, cursor });
    for (const change of page.changes) {
      const event = change.op === 'upsert' ? await store.getEvent(change.event_id) : null;
      await write(`${JSON.stringify(change.op === 'upsert' ? { ...change, event } : change)}\n`);
    }
    cursor = page.next_cursor ?? undefined;
  } while (cursor !== undefined);
}

export function registerExport(program: Command): void {
  const command = program
    .command('export')
    .description('write the stored events, filtered or all, as ACLED CSV, UCDP GED CSV, GeoJSON or JSONL')
    .option('--format <format>', EXPORT_FORMATS.join(' | '), 'jsonl')
    .option('--points-only', 'GeoJSON: leave out events placed only at an admin unit')
    .option('--changes-since <timestamp>', 'instead: the upserts and deletions after an ISO timestamp, as JSONL');
  for (const name of FILTER_FLAGS) command.option(`${flag(name)} <value>`, `filter: ${name}`);
  command.action(async (opts: ExportOptions, cmd: Command) => {
    // A reader that stops early (`| head`) is not an error.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
    if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) throw new Error(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const raw = Object.fromEntries(FILTER_FLAGS.flatMap((name) => (opts[camel(name)] === undefined ? [] : [[name, opts[camel(name)]]])));
    const filter = parseWith(EventFilterSchema, raw);
    if (!filter.ok) throw new Error(`${flag(filter.field)}: ${filter.message}`);
    if (opts.changesSince !== undefined && Number.isNaN(Date.parse(opts.changesSince))) throw new Error('--changes-since: expected an ISO timestamp');
    const store = await openStore({ dataDir: dataDirOf(cmd.optsWithGlobals()), databaseUrl: process.env.SITREP_DATABASE_URL });
    try {
      if (opts.changesSince !== undefined) await writeChanges(store, new Date(opts.changesSince).toISOString());
      else {
        const count = await writeEvents(store, opts.format as ExportFormat, filter.value, opts.pointsOnly === true);
        process.stderr.write(`sitrep: exported ${count} events from ${store.location}\n`);
      }
    } finally {
      await store.close();
    }
  });
}
