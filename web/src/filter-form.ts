import { h } from './dom.ts';
import { EVENT_TYPE_NAMES } from './event-colours.ts';
import { FILTER_KEYS, type FilterKey, type Filters } from './filters.ts';

/** The filter form: one labelled control per filter, applied on submit (Enter) or when a select changes. */

/** The incident grades (Airwars style) an analyst filters on; an event takes its incident's. */
const GRADES = ['confirmed', 'fair', 'weak', 'contested', 'discounted'] as const;
const CHOICES: Partial<Record<FilterKey, readonly string[]>> = { event_type: EVENT_TYPE_NAMES, grade: GRADES };

const CONTROLS: readonly [FilterKey, string, string][] = [
  ['from', 'From', 'date'], ['to', 'To', 'date'], ['country', 'Country', 'text'], ['admin1', 'Admin 1', 'text'],
  ['event_type', 'Type', 'select'], ['grade', 'Grade', 'select'], ['actor', 'Actor', 'text'], ['reporter', 'Reporter', 'text'],
  ['min_killed', 'Min. killed', 'number'], ['q', 'Text', 'search'],
];

export interface FilterForm {
  readonly element: HTMLFormElement;
  set(filters: Filters): void;
}

export function filterForm(onApply: (filters: Filters) => void): FilterForm {
  const controls = CONTROLS.map(([key, label, kind]) => {
    const id = `filter-${key}`;
    const control =
      kind === 'select'
        ? h('select', { id, name: key }, h('option', { value: '' }, 'any'), ...(CHOICES[key] ?? []).map((t) => h('option', { value: t }, t)))
        : h('input', { id, name: key, type: kind, ...(kind === 'number' ? { min: '0', step: '1', inputmode: 'numeric' } : {}) });
    return h('div', { class: 'field' }, h('label', { for: id }, label), control);
  });
  const clear = h('button', { type: 'button', class: 'secondary' }, 'Clear');
  const element = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter events' }, ...controls, h('button', { type: 'submit' }, 'Apply'), clear);
  const read = (): Filters => {
    const data = new FormData(element);
    return Object.fromEntries(FILTER_KEYS.map((k) => [k, String(data.get(k) ?? '').trim()]).filter(([, v]) => v !== ''));
  };
  element.addEventListener('submit', (e) => {
    e.preventDefault();
    onApply(read());
  });
  for (const select of element.querySelectorAll('select')) select.addEventListener('change', () => onApply(read()));
  clear.addEventListener('click', () => onApply({}));
  return {
    element,
    set(filters) {
      for (const [key] of CONTROLS) (element.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement).value = filters[key] ?? '';
    },
  };
}
