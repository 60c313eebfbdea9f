import type { Page } from 'playwright-core';

/**
 * What the dashboard benchmark reads from the page: where the first load's time went, and proof that the
 * map's marks are on screen (the canvas's own count and its painted pixels), not merely fetched.
 */

/** Every script, style and API request with when it started and ended, the document's own steps, then the page's marks. */
const WATERFALL = `(() => {
  const [n] = performance.getEntriesByType('navigation');
  return [
    [n.requestStart, n.responseEnd, '(the page itself: request → response)'],
    [n.responseEnd, n.domInteractive, '(document parsed)'],
    [0, n.domContentLoadedEventEnd, '(document parsed, page script run)'],
    ...performance.getEntriesByType('resource').map((r) => [r.startTime, r.responseEnd, r.name.replace(location.origin, '')]),
    ...performance.getEntriesByType('mark').map((m) => [m.startTime, m.startTime, 'mark: ' + m.name]),
  ].sort((a, b) => a[0] - b[0]).map(([s, e, name]) => Math.round(s) + ' → ' + Math.round(e) + '  ' + name).join('\\n    ');
})()`;

export const waterfall = (page: Page): Promise<string> => page.evaluate<string>(WATERFALL);

/** The page's performance marks, name and time since navigation. */
export const marks = (page: Page): Promise<string> => page.evaluate<string>("performance.getEntriesByType('mark').map((m) => m.name + ' ' + Math.round(m.startTime)).join(', ')");

/** The marks the map's canvas drew on screen, and how many of its pixels are painted: both must be above 0. */
export async function marksOnScreen(page: Page): Promise<{ drawn: number; painted: number }> {
  return page.evaluate<{ drawn: number; painted: number }>(`(() => {
    const canvas = document.querySelector('#map canvas.map-marks');
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
    return { drawn: Number(document.querySelector('#map').dataset.drawn), painted };
  })()`);
}

/** From the next input event the page receives (click, key, change) until the page says every view is drawn, in the page's clock. */
export async function armInputClock(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__inputAt = null;
    const take = () => (window.__inputAt ??= performance.now());
    for (const type of ['pointerdown', 'keydown', 'change']) document.addEventListener(type, take, { capture: true, once: true });
  })()`);
}

export const inputToReady = (page: Page): Promise<number> => page.evaluate<number>('Number(document.body.dataset.readyAt) - window.__inputAt');
