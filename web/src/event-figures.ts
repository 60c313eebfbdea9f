import type { EventRecord } from '../../src/core/event.ts';
import { formatNumber, h } from './dom.ts';

/** Figures with low/best/high, and every claim beside them: who says what, with the words they said it in. */

const RANGES = [
  ['Killed', 'killed_low', 'killed_best', 'killed_high'],
  ['Wounded', 'wounded_low', 'wounded_best', 'wounded_high'],
] as const;

const BREAKDOWN = [
  ['Children killed', 'killed_children'], ['Women killed', 'killed_women'], ['Civilians killed', 'killed_civilians'],
  ['Combatants killed', 'killed_combatants'], ['Medics killed', 'killed_medics'], ['Displaced', 'displaced'],
] as const;

export function figuresTable(event: EventRecord): HTMLElement {
  const qualifier = (field: string): string => (event.qualifiers[field] ? ` (${event.qualifiers[field]})` : '');
  const rows = RANGES.map(([label, low, best, high]) =>
    h('tr', {}, h('th', { scope: 'row' }, label),
      h('td', { class: 'num', 'data-field': low }, formatNumber(event[low])),
      h('td', { class: 'num best', 'data-field': best }, formatNumber(event[best]) + qualifier(best)),
      h('td', { class: 'num', 'data-field': high }, formatNumber(event[high]))),
  );
  const extra = BREAKDOWN.filter(([, field]) => event[field] !== null).map(([label, field]) =>
    h('tr', {}, h('th', { scope: 'row' }, label), h('td', { class: 'num best', colspan: '3', 'data-field': field }, formatNumber(event[field]) + qualifier(field))),
  );
  const counts = Object.entries(event.counts).map(([name, value]) =>
    h('tr', {}, h('th', { scope: 'row' }, name.replace(/_/g, ' ')), h('td', { class: 'num best', colspan: '3' }, formatNumber(value))),
  );
  return h('table', { class: 'figures' },
    h('caption', {}, 'Figures (low / best / high)'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), h('th', { scope: 'col' }, 'Low'), h('th', { scope: 'col' }, 'Best'), h('th', { scope: 'col' }, 'High'))),
    h('tbody', {}, ...rows, ...extra, ...counts),
  );
}

export function claimsTable(event: EventRecord, text: string | null, onQuote: (start: number) => void): HTMLElement {
  if (event.claims.length === 0) return h('p', { class: 'muted' }, 'No figure in this event is attributed to a reporter.');
  const rows = event.claims.map((claim) => {
    const quote = text ? text.slice(claim.start, claim.end) : `${claim.start}–${claim.end}`;
    const button = h('button', { type: 'button', class: 'link quote' }, `“${quote}”`);
    button.addEventListener('click', () => onQuote(claim.start));
    return h('tr', {},
      h('td', {}, claim.reporter ?? 'unattributed', claim.reporter_type ? h('span', { class: 'muted' }, ` (${claim.reporter_type})`) : null),
      h('td', {}, claim.field.replace(/_/g, ' ')),
      h('td', { class: 'num' }, [claim.qualifier, formatNumber(claim.value)].filter(Boolean).join(' ')),
      h('td', {}, button),
    );
  });
  return h('table', { class: 'claims' },
    h('caption', {}, 'Claims: who says what'),
    h('thead', {}, h('tr', {}, ...['Reporter', 'Field', 'Value', 'In the text'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ...rows),
  );
}
