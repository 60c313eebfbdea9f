import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { openStores } from '../src/store/open-store.ts';
import type { PutItem } from '../src/store/store.ts';
import { launchChromium, chromiumPath } from '../test/chromium.ts';
import { WEB_DIST } from '../scripts/web-build.ts';
import { ensureWebBuilt, removeDataDir, startDashboard, tempDataDir } from '../test/dashboard-server.ts';
import { armInputClock, inputToReady, marks, marksOnScreen, waterfall } from './dashboard-page.ts';
import { random, syntheticDocument } from './store-synthetic.ts';

/**
 * The dashboard's speed with many events, in Debian's Chromium over the real API and SQLite store:
 *   node --import tsx bench/dashboard-bench.ts [--events 100000] [--runs 3] [--dir DIR (kept, seeded once)] [--stack actor]
 * Reports the bundle size (gzip), the time to the first useful paint (page load until map, timeline and
 * list show the data: the map's marks on screen, counted by its canvas), when MapLibre has taken over the
 * base map, and filter change → map and timeline updated (measured once MapLibre is in).
 */

const { values } = parseArgs({ options: { events: { type: 'string', default: '100000' }, runs: { type: 'string', default: '3' }, dir: { type: 'string' }, stack: { type: 'string', default: 'event_type' } } });
/** `--stack actor`: the page opened with its timeline stacked by actor (`?stack=actor`). */
const pagePath = values.stack === 'actor' ? '/?stack=actor' : '';
const total = Number(values.events);
const runs = Number(values.runs);
const log = (line: string): void => void process.stdout.write(`${line}\n`);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function bundleSizes(): void {
  const assets = join(WEB_DIST, 'assets');
  let raw = 0;
  let gz = 0;
  for (const name of readdirSync(assets)) {
    const bytes = readFileSync(join(assets, name));
    const zipped = gzipSync(bytes).length;
    raw += bytes.length;
    gz += zipped;
    log(`  ${name}: ${(bytes.length / 1024).toFixed(0)} KiB, gzip ${(zipped / 1024).toFixed(0)} KiB`);
  }
  log(`bundle: ${(raw / 1024).toFixed(0)} KiB, gzip ${(gz / 1024).toFixed(0)} KiB (page script, styles and the map worker)`);
}

async function seed(dataDir: string): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const { store } = await openStores({ dataDir });
  const rng = random(42);
  const started = performance.now();
  let batch: PutItem[] = [];
  for (let n = 0; n * 5 < total; n++) {
    batch.push(syntheticDocument(rng, n, total / 5, 5));
    if (batch.length === 500) (await store.putDocuments(batch), (batch = []));
  }
  await store.putDocuments(batch);
  log(`seeded ${(await store.summarise()).events} events in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await store.close();
}

const ready = (page: Page) => page.waitForSelector('body[data-state=ready]', { timeout: 600_000 });
/** Does `act` and waits until the page is ready again after it (a change drawn in a few frames may never be seen loading). */
async function settle(page: Page, act: () => Promise<unknown>): Promise<void> {
  const before = await page.getAttribute('body', 'data-ready-at');
  await act();
  await page.waitForFunction(`document.body.dataset.state === 'ready' && document.body.dataset.readyAt !== ${JSON.stringify(before)}`, undefined, { timeout: 600_000 });
}
const maplibre = (page: Page) => page.waitForSelector('#map[data-base=maplibre]', { timeout: 600_000 });

async function main(): Promise<void> {
  if (!chromiumPath()) throw new Error('no Chromium: set SITREP_CHROMIUM');
  await ensureWebBuilt();
  bundleSizes();
  const dataDir = values.dir ?? tempDataDir('sitrep-dashboard-bench-');
  if (!values.dir || !existsSync(join(dataDir, 'sitrep.db'))) await seed(dataDir);
  const starting = performance.now();
  const server = await startDashboard(dataDir);
  log(`server started and warmed up (the store's snapshot, boundary lines, the first view's answers, as \`sitrep serve\` does) in ${(performance.now() - starting).toFixed(0)} ms; every load below is answered from the response cache`);
  const browser = await launchChromium();
  try {
    let t = performance.now();
    const clusters = await (await fetch(`${server.url}/api/map/clusters?zoom=1`)).text();
    log(`GET /api/map/clusters?zoom=1 (events and tallies, uncached): ${(performance.now() - t).toFixed(0)} ms, ${(clusters.length / 1024).toFixed(0)} KiB JSON`);
    const paints: number[] = [];
    const inPage: number[] = [];
    const based: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.setDefaultTimeout(600_000);
      t = performance.now();
      const asked = Date.now();
      await page.goto(`${server.url}${pagePath}`);
      await ready(page);
      paints.push(performance.now() - t);
      const begun = Math.round((await page.evaluate<number>('performance.timeOrigin')) - asked);
      const parts = await page.evaluate<Record<string, string>>('({ ...document.body.dataset })');
      const onScreen = await marksOnScreen(page);
      if (onScreen.drawn === 0 || onScreen.painted === 0) throw new Error(`the map reported ready with nothing on screen: ${JSON.stringify(onScreen)}`);
      inPage.push(Number(parts['readyAt']));
      log(`  load ${(performance.now() - t).toFixed(0)} ms driven by playwright, ${parts['readyAt']} ms since navigation by the page's clock, which began ${begun} ms after goto (marks on screen: ${onScreen.drawn}, ${onScreen.painted} pixels painted); in page after script start: map ${parts['mapMs']} ms, timeline ${parts['timelineMs']} ms, list ${parts['listMs']} ms, all drawn ${parts['refreshMs']} ms`);
      await maplibre(page);
      based.push(performance.now() - t);
      log(`    MapLibre drawn under the marks ${(performance.now() - t).toFixed(0)} ms after the load began; since navigation: ${await marks(page)}`);
      if (i === 0) log(`  waterfall of the first load (ms since navigation, start → end):\n    ${await waterfall(page)}`);
      await page.close();
    }
    log(`load average: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    log(`first useful paint (navigation → map, timeline, list drawn, by the page's clock), ${total} events: median ${median(inPage).toFixed(0)} ms of [${inPage.join(', ')}]`);
    log(`  the same seen by playwright (goto → ready found; late when the page's thread is busy loading MapLibre): median ${median(paints).toFixed(0)} ms of [${paints.map((p) => p.toFixed(0)).join(', ')}]`);
    log(`MapLibre in (load → base map drawn by MapLibre under the marks): median ${median(based).toFixed(0)} ms of [${based.map((p) => p.toFixed(0)).join(', ')}]`);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(600_000);
    await page.goto(`${server.url}${pagePath}`);
    await ready(page);
    await maplibre(page);
    for (const [label, key, value] of [['country=Syria', '#filter-country', 'Syria'], ['type=Battles', '#filter-event_type', 'Battles'], ['min_killed=5', '#filter-min_killed', '5'], ['clear', '', '']] as const) {
      const times: number[] = [];
      const inside: number[] = [];
      const fromInput: number[] = [];
      const mapTimeline: number[] = [];
      for (let i = 0; i < runs; i++) {
        if (i > 0 || label === 'clear') await settle(page, () => page.click('form.filters button.secondary'));
        if (label === 'clear') await settle(page, async () => (await page.fill('#filter-country', 'Syria'), await page.press('#filter-country', 'Enter')));
        await armInputClock(page);
        t = performance.now();
        await settle(page, async () => {
          if (label === 'clear') await page.click('form.filters button.secondary');
          else if (key === '#filter-event_type') await page.selectOption(key, value);
          else (await page.fill(key, value), await page.press(key, 'Enter'));
        });
        times.push(performance.now() - t);
        inside.push(Number(await page.getAttribute('body', 'data-refresh-ms')));
        // The measure: map and timeline (the list is drawn too, and "all drawn" waits for it).
        mapTimeline.push(Math.max(Number(await page.getAttribute('body', 'data-map-ms')), Number(await page.getAttribute('body', 'data-timeline-ms'))));
        fromInput.push(await inputToReady(page));
        const onScreen = await marksOnScreen(page);
        if (onScreen.drawn === 0 || onScreen.painted === 0) throw new Error(`filter ${label}: ready with no marks on screen`);
      }
      const count = await page.textContent('#count');
      log(`  (load average ${loadavg()[0]!.toFixed(1)})`);
      log(`filter ${label} → map and timeline updated: in the page: input → all drawn median ${median(fromInput).toFixed(0)} ms of [${fromInput.map((v) => v.toFixed(0)).join(', ')}] (refresh ${median(inside)} ms; map and timeline of it ${median(mapTimeline)} ms); driven by playwright ${median(times).toFixed(0)} ms; ${count}`);
    }
  } finally {
    await browser.close();
    await server.close();
    if (!values.dir) removeDataDir(dataDir);
  }
}

await main();
