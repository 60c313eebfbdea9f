import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { launchChromium } from '../test/chromium.ts';
import { ensureWebBuilt, startDashboard } from '../test/dashboard-server.ts';
import { marks, waterfall } from './dashboard-page.ts';

/**
 * Where the dashboard's main thread spends its first load (and, with --filter, one filter change): the
 * page's CPU profile from Chromium, self time summed per function and per script, largest first.
 *   node --import tsx bench/dashboard-profile.ts --dir DIR (seeded by dashboard-bench.ts) [--until ready|maplibre] [--filter country=Syria]
 */

const { values } = parseArgs({ options: { dir: { type: 'string' }, until: { type: 'string', default: 'maplibre' }, filter: { type: 'string' }, top: { type: 'string', default: '25' } } });
if (!values.dir) throw new Error('--dir DIR: a data directory seeded by bench/dashboard-bench.ts');
const log = (line: string): void => void process.stdout.write(`${line}\n`);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time (ms) per key over the profile's samples. */
function selfTimes(profile: Profile, keyOf: (n: ProfileNode) => string): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const key = keyOf(byId.get(id)!);
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Time (ms) with each function on the stack, its callees included (counted once per sample however deep the recursion). */
function totalTimes(profile: Profile, keyOf: (n: ProfileNode) => string): [string, number][] {
  const parent = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = byId.get(id); n; n = parent.get(n.id)) seen.add(keyOf(n));
    for (const key of seen) totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

const short = (url: string): string => url.replace(/^https?:\/\/[^/]+/, '').replace(/^$/, '(native or idle)');

await ensureWebBuilt();
const server = await startDashboard(values.dir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(600_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  if (!values.filter) await cdp.send('Profiler.start');
  const t = performance.now();
  await page.goto(server.url);
  await page.waitForSelector('body[data-state=ready]');
  log(`ready after ${(performance.now() - t).toFixed(0)} ms`);
  if (values.until === 'maplibre' || values.filter) await page.waitForSelector('#map[data-base=maplibre]');
  log(`${values.until === 'maplibre' || values.filter ? 'MapLibre in' : 'stopped'} after ${(performance.now() - t).toFixed(0)} ms; marks: ${await marks(page)}`);
  if (values.filter) {
    const [key, value] = values.filter.split('=') as [string, string];
    await cdp.send('Profiler.start');
    await page.fill(`#filter-${key}`, value);
    await page.press(`#filter-${key}`, 'Enter');
    await page.waitForSelector('body[data-state=loading]', { timeout: 5000 }).catch(() => undefined);
    await page.waitForSelector('body[data-state=ready]');
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const total = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000;
  log(`profiled ${total.toFixed(0)} ms; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  log('self time per script:');
  for (const [key, ms] of selfTimes(profile, (n) => short(n.callFrame.url) || n.callFrame.functionName).slice(0, 12)) log(`  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
  log('self time per function:');
  for (const [key, ms] of selfTimes(profile, (n) => `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`).slice(0, Number(values.top))) log(`  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
  log('total time per function (callees included):');
  for (const [key, ms] of totalTimes(profile, (n) => `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`).filter(([k]) => k.includes('/assets/')).slice(0, Number(values.top))) log(`  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
  if (!values.filter) log(`waterfall:\n    ${await waterfall(page)}`);
} finally {
  await browser.close();
  await server.close();
}
