import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_VIEW_PATHS } from '../src/api/first-view.ts';
import { browserSkipReason, launchChromium } from './chromium.ts';
import { ensureWebBuilt, ingestWithCli, removeDataDir, startDashboard, tempDataDir, type DashboardServer } from './dashboard-server.ts';

/**
 * The dashboard's map in a real Chromium over the demo reports: the first view drawn before MapLibre and
 * from answers prepared at start, the marks on their canvas (visible, clickable, reachable by keyboard after
 * a filter change), areas never drawn as points, and MapLibre taking over without moving a mark.
 */

const skip = browserSkipReason();
let server: DashboardServer;
let browser: Browser;
let page: Page;
let dataDir: string;
/** The API requests of the first load (until the page is ready), and whether the response cache answered them. */
const firstLoad: { path: string; cache: string | undefined }[] = [];

const ready = (p: Page) => p.waitForSelector('body[data-state=ready]', { timeout: 120_000 });
const maplibreIn = (p: Page) => p.waitForSelector('#map[data-base=maplibre]', { timeout: 120_000 });

/** Steps the keyboard through the map's marks until one is announced as `wanted`: where it is on the marks canvas. */
async function focusMark(p: Page, wanted: RegExp): Promise<{ x: number; y: number; said: string }> {
  const canvas = p.locator('#map canvas.map-marks');
  await canvas.focus();
  const drawn = Number(await p.locator('#map').getAttribute('data-drawn'));
  for (let i = 0; i <= drawn; i++) {
    const said = (await p.locator('#map p[role=status]').textContent()) ?? '';
    if (wanted.test(said)) {
      const [x, y] = (await canvas.getAttribute('data-focus-point'))!.split(',').map(Number);
      return { x: x!, y: y!, said };
    }
    await p.keyboard.press('ArrowRight');
  }
  throw new Error(`none of the ${drawn} marks was announced as ${wanted}`);
}

/** How opaque the marks canvas is at a point (0: nothing drawn there). */
const alphaAt = (p: Page, x: number, y: number): Promise<number> =>
  p.evaluate<number>(`(() => {
    const canvas = document.querySelector('#map canvas.map-marks');
    const ratio = canvas.width / canvas.clientWidth;
    return canvas.getContext('2d').getImageData(Math.round(${x} * ratio), Math.round(${y} * ratio), 1, 1).data[3];
  })()`);

describe.skipIf(skip !== null)('the map in Chromium', () => {
  beforeAll(async () => {
    dataDir = tempDataDir('sitrep-map-');
    await Promise.all([ensureWebBuilt(), ingestWithCli(dataDir, 'demo/reports')]);
    server = await startDashboard(dataDir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/')) firstLoad.push({ path: `${url.pathname}?${url.searchParams}`, cache: r.headers()['x-sitrep-cache'] });
    });
    await page.goto(server.url);
    await ready(page);
    page.removeAllListeners('response');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) removeDataDir(dataDir);
  });

  it('opens on the answers the server prepared at start, asked for once each (preloaded, then taken by the script)', () => {
    const asked = firstLoad.filter((r) => (FIRST_VIEW_PATHS as readonly string[]).includes(r.path));
    expect(asked.map((r) => r.path).sort()).toEqual([...FIRST_VIEW_PATHS].sort());
    // Once each: the script's requests took the preloaded answers.
    expect(asked.map((r) => r.cache)).toEqual(['hit', 'hit', 'hit', 'hit']);
  });

  it('draws the marks over MapLibre, clickable and reachable by keyboard after a filter change', async () => {
    await maplibreIn(page);
    await page.selectOption('#filter-event_type', 'Explosions/Remote violence');
    await page.waitForURL(/event_type=/);
    await ready(page);
    expect(Number(await page.locator('#map').getAttribute('data-drawn'))).toBeGreaterThan(0);
    const event = await focusMark(page, /^One event: /);
    expect(await alphaAt(page, event.x, event.y)).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await page.waitForURL(/event=/);
    const opened = new URL(page.url()).searchParams.get('event')!;
    await page.locator(`#detail[data-event-id="${opened}"] .source-text`).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#detail').waitFor({ state: 'hidden' });
    // The same mark clicked with the mouse opens the same event.
    const box = (await page.locator('#map canvas.map-marks').boundingBox())!;
    await page.mouse.click(box.x + event.x, box.y + event.y);
    await page.waitForURL(/event=/);
    expect(new URL(page.url()).searchParams.get('event')).toBe(opened);
    await page.locator(`#detail[data-event-id="${opened}"] .source-text`).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#detail').waitFor({ state: 'hidden' });
    await page.click('form.filters button.secondary');
    await ready(page);
  });

  it('draws events placed only to an area as a hollow ring, never a point', async () => {
    await page.fill('#filter-country', 'Sudan');
    await page.selectOption('#filter-event_type', 'Explosions/Remote violence');
    await page.press('#filter-country', 'Enter');
    await page.waitForURL(/event_type=/);
    await ready(page);
    const area = await focusMark(page, /^One event placed only to an area/);
    expect(await alphaAt(page, area.x, area.y)).toBe(0);
    // The ring itself is drawn, about 10 pixels out.
    expect(Math.max(...(await Promise.all([9, 10, 11].map((r) => alphaAt(page, area.x + r, area.y)))))).toBeGreaterThan(0);
    await page.click('form.filters button.secondary');
    await ready(page);
  });

  it('opens on the outlines and its marks before MapLibre, and MapLibre takes over without moving them', async () => {
    const other = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await other.route(/\/assets\/base-map-[^/]*\.js$/, async (route) => (await held, await route.continue()));
    await other.goto(server.url);
    await ready(other);
    expect(await other.locator('#map').getAttribute('data-base')).toBe('outlines');
    const before = await focusMark(other, /^One event: /);
    release();
    await maplibreIn(other);
    await expect(other.locator('#map canvas.maplibregl-canvas').count()).resolves.toBe(1);
    const [x, y] = (await other.locator('#map canvas.map-marks').getAttribute('data-focus-point'))!.split(',').map(Number);
    expect(Math.abs(x! - before.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(y! - before.y)).toBeLessThanOrEqual(1);
    await other.close();
  });
});
