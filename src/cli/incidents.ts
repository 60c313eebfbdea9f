import type { Command } from 'commander';
import { once } from 'node:events';
import type { IncidentRecord } from '../core/incident.ts';
import { parseWith } from '../store/event-filter.ts';
import { IncidentFilterSchema, type IncidentStore } from '../store/incidents.ts';
import { openIncidentStore } from '../store/open-incident-store.ts';
import { formatIncident, explainIncident } from './incident-format.ts';
import { dataDirOf } from './open-reader.ts';

interface ListOptions {
  readonly format: string;
  readonly explain?: boolean;
  readonly [flag: string]: unknown;
}

const FILTER_FLAGS = ['from', 'to', 'country', 'admin1', 'event_type', 'grade', 'min_killed', 'kind'] as const;
const camel = (name: string): string => name.replace(/_(.)/g, (_m, c: string) => c.toUpperCase());
const PAGE = 500;

async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

async function withIncidents<T>(command: Command, work: (store: IncidentStore) => Promise<T>): Promise<T> {
  const global = command.optsWithGlobals<{ dataDir?: string }>();
  const store = await openIncidentStore({ dataDir: dataDirOf(global), databaseUrl: process.env.SITREP_DATABASE_URL });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

function actorOf(opts: { actor?: string }): string {
  return opts.actor ?? process.env.USER ?? 'analyst';
}

async function printed(incident: IncidentRecord, format: string, explain: boolean): Promise<void> {
  await write(format === 'jsonl' ? `${JSON.stringify(incident)}\n` : `${formatIncident(incident)}\n`);
  if (explain) process.stderr.write(`${explainIncident(incident)}\n`);
}

export function registerIncidents(program: Command): void {
  const incidents = program
    .command('incidents')
    .description('print the incidents reconciled from the stored events; merge, split or detach them by hand')
    .option('--format <format>', 'jsonl | summary', 'summary')
    .option('--explain', 'why each incident holds its events (stderr)')
    .option('--from <date>').option('--to <date>').option('--country <name>').option('--admin1 <name>')
    .option('--event-type <type>').option('--grade <grade>').option('--min-killed <n>').option('--kind <kind>')
    .action(async (opts: ListOptions, command: Command) => {
      if (!['jsonl', 'summary'].includes(opts.format)) throw new Error('--format must be jsonl or summary');
      const raw = Object.fromEntries(FILTER_FLAGS.map((f) => [f, opts[camel(f)]]).filter(([, v]) => v !== undefined));
      const filter = parseWith(IncidentFilterSchema, raw);
      if (!filter.ok) throw new Error(`--${filter.field.replace(/_/g, '-')}: ${filter.message}`);
      await withIncidents(command, async (store) => {
        let cursor: string | undefined;
        do {
          const page = await store.queryIncidents(filter.value, { limit: PAGE, cursor });
          for (const incident of page.incidents) await printed(incident, opts.format, opts.explain === true);
          cursor = page.next_cursor ?? undefined;
        } while (cursor !== undefined);
      });
    });

  incidents
    .command('merge')
    .description('make one incident of several; the largest keeps its id')
    .argument('<ids...>', 'two or more incident ids')
    .option('--actor <name>', 'who decides (default: $USER)')
    .action(async (ids: string[], opts: { actor?: string }, command: Command) => {
      const merged = await withIncidents(command, (store) => store.merge(ids, actorOf(opts)));
      await printed(merged, 'summary', false);
    });

  incidents
    .command('split')
    .description('move some events of an incident into a new incident')
    .argument('<id>', 'the incident')
    .requiredOption('--events <ids>', 'comma-separated event ids to move out')
    .option('--actor <name>', 'who decides (default: $USER)')
    .action(async (id: string, opts: { events: string; actor?: string }, command: Command) => {
      const events = opts.events.split(',').map((e) => e.trim()).filter((e) => e !== '');
      const [rest, split] = await withIncidents(command, (store) => store.split(id, events, actorOf(opts)));
      await printed(rest, 'summary', false);
      await printed(split, 'summary', false);
    });

  incidents
    .command('detach')
    .description('take one event out of its incident, into an incident of its own')
    .argument('<event-id>')
    .option('--actor <name>', 'who decides (default: $USER)')
    .action(async (eventId: string, opts: { actor?: string }, command: Command) => {
      const alone = await withIncidents(command, (store) => store.detach(eventId, actorOf(opts)));
      await printed(alone, 'summary', false);
    });
}
