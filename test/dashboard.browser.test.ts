import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventFilterSchema } from '../src/store/event-filter.ts';
import { browserSkipReason, launchChromium } from './chromium.ts';
import { ensureWebBuilt, importWithCli, ingestWithCli, removeDataDir, startDashboard, tempDataDir, type DashboardServer } from './dashboard-server.ts';

/**
 * The dashboard in a real Chromium, served by the real API over a real SQLite store holding the demo
 * reports, ingested by `sitrep ingest`: load, filter, open an event and see its evidence, correct a field
 * as an analyst and see the audit entry, ingest a pasted report.
 */

const skip = browserSkipReason();
let server: DashboardServer;
let browser: Browser;
let page: Page;
let dataDir: string;
const ready = (p: Page) => p.waitForSelector('body[data-state=ready]', { timeout: 120_000 });
describe.skipIf(skip !== null)('dashboard in Chromium', () => {
  beforeAll(async () => {
    dataDir = tempDataDir('sitrep-dashboard-');
    // Boundaries imported after the reports, so that the demo's places are read as they always are.
    await Promise.all([ensureWebBuilt(), ingestWithCli(dataDir, 'demo/reports').then(() => importWithCli(dataDir, 'test/fixtures/ruritania-provinces.geojson'))]);
    server = await startDashboard(dataDir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await ready(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) removeDataDir(dataDir);
  });

  it('shows the demo events on the map, the timeline and the list', async () => {
    const total = (await server.store.summarise()).events;
    expect(total).toBeGreaterThan(5);
    await expect(page.locator('#count').textContent()).resolves.toMatch(new RegExp(`^${total} events`));
    expect(Number(await page.locator('#map').getAttribute('data-events'))).toBeGreaterThan(0);
    expect(Number(await page.locator('#timeline').getAttribute('data-periods'))).toBeGreaterThan(0);
    // The two imported provinces are drawn as lines under the events.
    await page.waitForSelector('#map[data-boundaries="2"]');
    expect(await page.locator('table.events tbody tr').count()).toBe(total);
    expect(await page.locator('#exports a').count()).toBe(4);
    await page.screenshot({ path: '/tmp/sitrep-dashboard.png' });
  });

  it('keeps tallies off the map and out of the timeline unless asked, and counts the list apart from the map', async () => {
    const all = await server.store.countEvents(EventFilterSchema.parse({}));
    const { incident, aggregate } = all.by_kind;
    expect(aggregate).toBeGreaterThan(0);
    await expect(page.locator('#count').textContent()).resolves.toBe(`${all.events} events match (${incident} incident reports, ${aggregate} tallies)`);
    await expect(page.locator('#list p[role=status]').textContent()).resolves.toBe(`${all.events} events match (${aggregate} of them tallies); the newest ${all.events} are listed.`);
    expect(await page.locator('table.events tbody tr', { hasText: '(tally' }).count()).toBe(aggregate);
    const dated = (await server.store.timeline(EventFilterSchema.parse({ kind: 'incident' }), { interval: 'week', group_by: 'event_type' })).reduce((n, b) => n + b.events, 0);
    expect(Number(await page.locator('#timeline').getAttribute('data-events'))).toBe(dated);
    expect(await page.locator('#map').getAttribute('data-tallies')).toBe('0');
    await expect(page.locator('#map-count').textContent()).resolves.toMatch(new RegExp(`^${incident} incident reports on the map; .*tallies not drawn\\.$`));

    // Asked for, the tallies are drawn apart (their own layer), kept in the URL; the timeline still counts incidents.
    await page.check('#show-tallies');
    await page.waitForURL(/tallies=1/);
    await ready(page);
    expect(Number(await page.locator('#map').getAttribute('data-tallies'))).toBeGreaterThan(0);
    await expect(page.locator('#map-count').textContent()).resolves.toContain(`${aggregate} tallies drawn as double rings`);
    expect(Number(await page.locator('#timeline').getAttribute('data-events'))).toBe(dated);
    await page.uncheck('#show-tallies');
    await ready(page);
    expect(page.url()).not.toContain('tallies=1');
  });

  it('filters every view by country, keeps the filter in the URL, and exports the filtered view', async () => {
    await page.fill('#filter-country', 'Syria');
    await page.press('#filter-country', 'Enter');
    await page.waitForURL(/country=Syria/);
    await ready(page);
    const places = await page.locator('table.events tbody tr td:nth-child(3)').allTextContents();
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toContain('Syria');
    expect(await page.locator('#exports a').first().getAttribute('href')).toBe('/api/export?country=Syria&format=acled');
    // A shared link opens the same view.
    const other = await browser.newPage();
    await other.goto(page.url());
    await ready(other);
    expect(await other.inputValue('#filter-country')).toBe('Syria');
    expect(await other.locator('table.events tbody tr').count()).toBe(places.length);
    await other.close();
  });

  it('narrows the dates by brushing the timeline', async () => {
    await page.locator('#timeline').scrollIntoViewIfNeeded();
    const box = (await page.locator('#timeline .u-over').boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(/from=\d{4}-\d\d-\d\d.*to=\d{4}-\d\d-\d\d/);
    await ready(page);
    expect(await page.inputValue('#filter-from')).toMatch(/^\d{4}-\d\d-\d\d$/);
    await page.click('form.filters button.secondary');
    await ready(page);
  });

  it('stacks the timeline by actor, kept in the URL, and an actor named in its legend filters every view', async () => {
    const incidents = EventFilterSchema.parse({ kind: 'incident' });
    const byActor = await server.store.timeline(incidents, { interval: 'month', group_by: 'actor', top: 8 });
    const actors = [...new Set(byActor.map((b) => b.key).filter((k): k is string => k !== null && k !== '(others)'))];
    expect(actors.length).toBeGreaterThan(1);
    await page.selectOption('#stack', 'actor');
    await page.waitForURL(/stack=actor/);
    await ready(page);
    await page.waitForSelector('#timeline[data-stack=actor]');
    // The same events, banded another way; the legend names every band, with no actor and the rest greyed.
    expect(Number(await page.locator('#timeline').getAttribute('data-events'))).toBe(byActor.reduce((n, b) => n + b.events, 0));
    const named = await page.locator('#timeline-legend button').allTextContents();
    expect([...named].sort()).toEqual([...actors].sort());
    expect(await page.locator('#timeline-legend li').count()).toBe(new Set(byActor.map((b) => b.key)).size);
    // The largest actor's band is at the foot of the chart and first in the legend.
    const totals = new Map(actors.map((a) => [a, byActor.filter((b) => b.key === a).reduce((n, b) => n + b.events, 0)]));
    expect(totals.get(named[0]!)).toBe(Math.max(...totals.values()));

    await page.locator('#timeline-legend button').first().click();
    await page.waitForURL(/actor=/);
    await ready(page);
    expect(await page.inputValue('#filter-actor')).toBe(named[0]);
    const matching = await server.store.countEvents(EventFilterSchema.parse({ actor: named[0] }));
    await expect(page.locator('#count').textContent()).resolves.toMatch(new RegExp(`^${matching.events} events? match`));

    // Opened from its address, the page stacks by actor again.
    const other = await browser.newPage();
    await other.goto(page.url());
    await ready(other);
    expect(await other.inputValue('#stack')).toBe('actor');
    expect(await other.locator('#timeline').getAttribute('data-stack')).toBe('actor');
    await other.close();
    await page.click('form.filters button.secondary');
    await page.selectOption('#stack', 'event_type');
    await ready(page);
    expect(await page.locator('#timeline-legend').isHidden()).toBe(true);
  });

  it('opens an event with its figures, claims and the evidence highlighted in the source text', async () => {
    await page.locator('table.events tbody tr').first().getByRole('button', { name: 'Open' }).click();
    const detail = page.locator('#detail');
    await detail.locator('.source-text').waitFor();
    const id = (await detail.getAttribute('data-event-id'))!;
    const { event, evidence } = (await (await fetch(`${server.url}/api/events/${encodeURIComponent(id)}`)).json()) as { event: { evidence: { quote: string }[] }; evidence: unknown[] };
    expect(evidence.length).toBeGreaterThan(0);
    const marked = await detail.locator('mark').allTextContents();
    for (const { quote } of event.evidence) expect(marked.join(' ')).toContain(quote.trim().split(/\s+/)[0]);
    await expect(detail.locator('table.figures').textContent()).resolves.toContain('Killed');
    expect(page.url()).toContain(`event=${encodeURIComponent(id)}`);
    // One click from the report to the incident it was reconciled into.
    await expect(detail.locator('#open-incident').textContent()).resolves.toBe(await server.incidents!.incidentOfEvent(id));
  });

  it('lets an analyst correct a field and shows the audit entry; the store keeps it', async () => {
    await page.fill('#token', server.analystToken);
    await page.dispatchEvent('#token', 'change');
    const id = (await page.locator('#detail').getAttribute('data-event-id'))!;
    await page.fill('#review-killed_best', '');
    await page.fill('#review-killed_high', '');
    await page.fill('#review-killed_low', '');
    await page.fill('#review-killed_best', '77');
    await page.click('form.review button[type=submit]');
    const entry = page.locator('#detail ol.audit li').first();
    await entry.waitFor();
    await expect(entry.textContent()).resolves.toMatch(/analyst-test · correct/);
    await expect(entry.textContent()).resolves.toContain('"killed_best":77');
    expect((await server.store.getEvent(id))?.killed_best).toBe(77);
    const audit = await server.reviews.audit({ entity_id: id, limit: 5 });
    expect(audit[0]).toMatchObject({ actor: 'analyst-test', action: 'correct' });
    await page.keyboard.press('Escape');
    await expect(page.locator('#detail').isHidden()).resolves.toBe(true);
  });

  it('ingests a pasted report and shows its events', async () => {
    await ready(page);
    const before = (await server.store.summarise()).events;
    await page.click('details.ingest-panel summary');
    await page.fill('#ingest-text', 'Shelling hit the town of Kafr Nabl in Idlib province on Monday, killing four civilians, the White Helmets said.');
    await page.fill('#ingest-published', '2019-06-24');
    await page.fill('#ingest-source', 'Test desk');
    await page.click('form.ingest button[type=submit]');
    await page.waitForSelector('.ingest-status:has-text("stored (")', { timeout: 120_000 });
    await ready(page);
    const after = (await server.store.summarise()).events;
    expect(after).toBeGreaterThan(before);
    await expect(page.locator('#count').textContent()).resolves.toMatch(new RegExp(`^${after} events`));
  });

  it('sends a URL to the API and shows its answer, whatever it is, with the field it names', async () => {
    await page.fill('#ingest-url', 'http://127.0.0.1:9/no-such-report');
    await page.click('form.ingest button[type=submit]');
    const line = page.locator('.ingest-status p').first();
    await line.filter({ hasText: 'http://127.0.0.1:9/no-such-report' }).waitFor({ timeout: 120_000 });
    // Nothing listens on port 9: whether the API fetches URLs yet or not, the report is refused, and why is shown.
    await expect(line.textContent()).resolves.toMatch(/not ingested: \d{3}: \S+/);
    await page.fill('#ingest-url', '');
  });

  it('ingests files dropped on the page, and names the ones it cannot read', async () => {
    const before = (await server.store.summarise()).events;
    const drop = await page.evaluateHandle(`(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Gunmen killed six villagers in Tillaberi region of Niger on 3 May 2024, local officials said.'], 'niger-tillaberi.txt', { type: 'text/plain' }));
      data.items.add(new File(['<rss></rss>'], 'feed.xml', { type: 'application/rss+xml' }));
      return data;
    })()`);
    await page.dispatchEvent('body', 'drop', { dataTransfer: drop });
    await page.locator('.ingest-status p', { hasText: 'niger-tillaberi.txt: stored' }).waitFor({ timeout: 120_000 });
    await expect(page.locator('.ingest-status').textContent()).resolves.toContain('feed.xml: only text and HTML');
    await ready(page);
    expect((await server.store.summarise()).events).toBeGreaterThan(before);
  });

  it('filters by grade, kept in the URL', async () => {
    const [some] = (await server.incidents!.queryIncidents({}, { limit: 1 })).incidents;
    await page.selectOption('#filter-grade', some!.grade);
    await page.waitForURL(new RegExp(`grade=${some!.grade}`));
    await ready(page);
    const listed = await page.locator('table.events tbody tr button[data-event-id]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-event-id')!));
    expect(listed.length).toBeGreaterThan(0);
    for (const id of listed) {
      const incident = await server.incidents!.getIncident((await server.incidents!.incidentOfEvent(id))!);
      expect(incident?.grade).toBe(some!.grade);
    }
    await page.click('form.filters button.secondary');
    await ready(page);
  });

  it('shows incidents on the map, opens one with its grade, claims and sources, merges another into it and splits it off again, and prints it', async () => {
    await page.selectOption('#map-unit', 'incident');
    await page.waitForURL(/map=incident/);
    await ready(page);
    await expect(page.locator('#map-count').textContent()).resolves.toMatch(/^\d+ incidents on the map/);
    const incidents = (await server.incidents!.queryIncidents({ country: 'Syria' }, { limit: 100 })).incidents;
    const [first, second] = [incidents[0]!, incidents.find((i) => i.id !== incidents[0]!.id && i.kind === incidents[0]!.kind)!];
    expect(second).toBeDefined();
    await page.goto(`${server.url}/?map=incident&incident=${encodeURIComponent(first.id)}`);
    await ready(page);
    const detail = page.locator('#detail');
    await detail.locator('table.figures').waitFor();
    await expect(detail.locator('.grade').textContent()).resolves.toBe(first.grade);
    expect(await detail.locator('.incident-events li').count()).toBe(first.event_ids.length);

    // Merge the second into the first, then split its event off again: both audited under the analyst.
    await page.fill('#token', server.analystToken);
    await page.dispatchEvent('#token', 'change');
    await page.fill('#merge-ids', second.id);
    await page.click('#merge-incident');
    await detail.locator('.incident-events li').nth(first.event_ids.length).waitFor();
    const moved = second.event_ids[0]!;
    await expect(server.incidents!.incidentOfEvent(moved)).resolves.toBe(first.id);
    await detail.locator(`input[name=split][value="${moved}"]`).check();
    await page.click('#split-incident');
    await page.waitForFunction(`document.querySelector('#detail')?.dataset.incidentId !== ${JSON.stringify(first.id)}`);
    const split = (await detail.getAttribute('data-incident-id'))!;
    expect(await server.incidents!.incidentOfEvent(moved)).toBe(split);
    const trail = await server.incidents!.auditLog({ entity_id: first.id });
    expect(trail.map((e) => [e.actor, e.action])).toEqual(expect.arrayContaining([['analyst-test', 'merge'], ['analyst-test', 'split']]));

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.locator('#split-incident').isVisible()).toBe(false);
    expect(await detail.locator('table.claims').isVisible()).toBe(true);
    await page.pdf({ path: '/tmp/sitrep-incident-summary.pdf' }).catch(() => undefined);
    await page.emulateMedia({ media: 'screen' });
    await page.goto(server.url);
    await ready(page);
  });

  it('pages the list by the cursor the API gives', async () => {
    const total = (await server.store.summarise()).events;
    await page.goto(`${server.url}/?page_size=5`);
    await ready(page);
    expect(await page.locator('table.events tbody tr').count()).toBe(5);
    await page.click('#list button.more');
    await page.locator('table.events tbody tr').nth(9).waitFor();
    const ids = await page.locator('table.events tbody tr button[data-event-id]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-event-id')!));
    expect(new Set(ids).size).toBe(10);
    while (await page.locator('#list button.more').isVisible()) {
      const shown = await page.locator('table.events tbody tr').count();
      await page.click('#list button.more');
      await page.locator('table.events tbody tr').nth(Math.min(shown + 4, total - 1)).waitFor();
    }
    expect(await page.locator('table.events tbody tr').count()).toBe(total);
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(server.url);
    await ready(phone);
    // Evaluated in the page: the test project has no DOM types.
    const overflow = await phone.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });
});
