import type { Page } from 'playwright-core';

/**
 * What a person with a keyboard or weak eyesight meets, checked in the page: the focused element's role
 * and accessible name (Chromium's own, through its accessibility tree), and the contrast of visible text.
 */

export interface Focused {
  readonly role: string;
  readonly name: string;
  /** Where it is: its id, else its tag and the id of the nearest ancestor that has one. */
  readonly where: string;
}

export async function focused(page: Page): Promise<Focused> {
  const target = page.locator(':focus');
  const snapshot = (await target.count()) === 0 ? '' : await target.first().ariaSnapshot();
  const [, role = 'none', snapName = ''] = /^- ([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(snapshot.trim()) ?? [];
  // Date inputs have no ARIA role, so the snapshot names nothing: their <label> (or aria-label) is their name.
  const name = snapName || (await page.evaluate<string>(`(() => {
    const el = document.activeElement;
    return (el && ((el.labels && el.labels[0] && el.labels[0].textContent) || el.getAttribute('aria-label'))) || '';
  })()`)).trim();
  const where = await page.evaluate<string>(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    if (el.id) return '#' + el.id;
    const holder = el.parentElement && el.parentElement.closest('[id]');
    return el.tagName.toLowerCase() + (holder ? ' in #' + holder.id : '');
  })()`);
  return { role, name, where };
}

/** Presses Tab up to `limit` times, until `stop` says so; returns every element focused on the way. */
export async function tabUntil(page: Page, stop: (f: Focused) => boolean, limit = 80): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    seen.push(now);
    if (stop(now)) return seen;
  }
  throw new Error(`not reached in ${limit} tabs; last: ${JSON.stringify(seen.slice(-5))}`);
}

export interface LowContrast {
  readonly text: string;
  readonly ratio: number;
  readonly needed: number;
}

/**
 * Visible text under `root` whose contrast with the background behind it is below WCAG AA (4.5:1, or 3:1
 * for large text). The map's canvas and what floats over it are left out: their background is a picture.
 */
export function lowContrast(page: Page, root: string): Promise<LowContrast[]> {
  return page.evaluate<LowContrast[]>(`(() => {
    const rgba = (c) => { const m = c.match(/[\\d.]+/g) || ['0', '0', '0', '0']; return m.map(Number).concat(m.length === 3 ? [1] : []); };
    const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
    const behind = (el) => { for (let e = el; e; e = e.parentElement) { const c = rgba(getComputedStyle(e).backgroundColor); if (c[3] > 0.5) return c; } return [255, 255, 255, 1]; };
    const out = [];
    for (const el of document.querySelectorAll(${JSON.stringify(root)} + ' *')) {
      if (el.closest('#map') || !el.checkVisibility()) continue;
      const own = [...el.childNodes].filter((n) => n.nodeType === 3 && n.textContent.trim()).map((n) => n.textContent.trim()).join(' ');
      if (!own) continue;
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const [a, b] = [lum(rgba(style.color)), lum(behind(el))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const needed = large ? 3 : 4.5;
      if (ratio < needed) out.push({ text: own.slice(0, 60), ratio: Math.round(ratio * 100) / 100, needed });
    }
    return out;
  })()`);
}
