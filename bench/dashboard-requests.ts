import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createApp } from '../src/api/create-app.ts';
import { storedBoundaries } from '../src/geo/boundary-lines.ts';
import { openStores } from '../src/store/open-store.ts';

/**
 * Where the API's share of a dashboard view goes: each request the page makes for its first view and
 * for a few filter changes, timed in the API app over the real store (no HTTP, no browser), first
 * uncached then answered from the response cache.
 *   node --import tsx bench/dashboard-requests.ts --dir DIR (a data directory seeded by dashboard-bench.ts)
 */

const { values } = parseArgs({ options: { dir: { type: 'string' }, runs: { type: 'string', default: '3' } } });
if (!values.dir) throw new Error('--dir DIR: a data directory (seed one with bench/dashboard-bench.ts --dir DIR)');
const runs = Number(values.runs);
const log = (line: string): void => void process.stdout.write(`${line}\n`);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const VIEW = 'zoom=1&view=-180,-90,180,90';
/** What the page asks for, per filter: map (the whole world at zoom 1), timeline per month (no dates set), the list's first page, the counts. */
const viewPaths = (filter: string): string[] => {
  const and = filter ? `${filter}&` : '';
  const incidents = filter.includes('kind=') ? and : `${and}kind=incident&`;
  return [
    `/api/map/clusters?${incidents}${VIEW}&unit=event`,
    `/api/stats/timeline?${incidents}interval=month&by=event_type&shape=columns`,
    `/api/events?${and}limit=100`,
    `/api/stats/counts?${filter}`,
  ];
};
const FILTERS = ['', 'country=Syria', 'event_type=Battles', 'min_killed=5', 'q=ceasefire', 'actor=militia'];

const opened = performance.now();
const stores = await openStores({ dataDir: values.dir });
log(`store opened in ${(performance.now() - opened).toFixed(0)} ms; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
/** A new app has an empty response cache; the store (and whatever it keeps in memory) is shared. */
const freshApp = () => createApp({ ...stores, boundaries: () => storedBoundaries(values.dir!), logError: (e) => log(`error: ${String(e)}`) });

async function timed(app: ReturnType<typeof createApp>, path: string): Promise<{ ms: number; status: number; bytes: number }> {
  const t = performance.now();
  const response = await app.request(path);
  const body = await response.text();
  return { ms: performance.now() - t, status: response.status, bytes: body.length };
}

const first = freshApp();
for (const path of ['/api/map/boundaries?level=1', '/api/map/boundaries?level=2', ...viewPaths('')]) {
  const r = await timed(first, path);
  log(`${r.ms.toFixed(1).padStart(8)} ms first request after opening  ${r.status} ${(r.bytes / 1024).toFixed(0)} KiB  ${path}`);
}
for (const filter of FILTERS) {
  for (const path of viewPaths(filter)) {
    const uncached: number[] = [];
    const cached: number[] = [];
    let shape = '';
    for (let i = 0; i < runs; i++) {
      const app = freshApp();
      const r = await timed(app, path);
      uncached.push(r.ms);
      cached.push((await timed(app, path)).ms);
      shape = `${r.status} ${(r.bytes / 1024).toFixed(0)} KiB`;
    }
    log(`${median(uncached).toFixed(1).padStart(8)} ms uncached, ${median(cached).toFixed(1).padStart(6)} ms cached  ${shape}  ${path}`);
  }
}
log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
await stores.store.close();
