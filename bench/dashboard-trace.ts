import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchChromium } from '../test/chromium.ts';
import { ensureWebBuilt, startDashboard } from '../test/dashboard-server.ts';

/**
 * The renderer's main thread during the dashboard's first load, from a Chromium trace: time per trace
 * event (layout, paint, script, canvas, GPU work), largest first; what a CPU profile lumps as "(program)".
 *   node --import tsx bench/dashboard-trace.ts --dir DIR [--out /tmp/dashboard-trace.json]
 */

const { values } = parseArgs({ options: { dir: { type: 'string' }, out: { type: 'string', default: '/tmp/dashboard-trace.json' }, top: { type: 'string', default: '30' } } });
if (!values.dir) throw new Error('--dir DIR: a data directory seeded by bench/dashboard-bench.ts');
const log = (line: string): void => void process.stdout.write(`${line}\n`);

interface TraceEvent { name: string; ph: string; dur?: number; tid: number; pid: number; args?: { name?: string } }

await ensureWebBuilt();
const server = await startDashboard(values.dir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await browser.startTracing(page, { path: values.out, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'gpu', 'v8.execute', 'toplevel'] });
  await page.goto(server.url);
  await page.waitForSelector('body[data-state=ready]', { timeout: 600_000 });
  await browser.stopTracing();
  const { traceEvents } = JSON.parse(readFileSync(values.out, 'utf8')) as { traceEvents: TraceEvent[] };
  const threads = new Map(traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '']));
  const totals = new Map<string, number>();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !e.dur) continue;
    const key = `${threads.get(`${e.pid}:${e.tid}`) ?? e.tid} · ${e.name}`;
    totals.set(key, (totals.get(key) ?? 0) + e.dur / 1000);
  }
  log('time per thread and trace event (nested events counted in each of their parents):');
  for (const [key, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) log(`  ${ms.toFixed(0).padStart(7)} ms  ${key}`);
} finally {
  await browser.close();
  await server.close();
}
