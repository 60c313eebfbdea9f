import type { EventRecord } from '../../src/core/event.ts';
import type { StoredDocument } from './api.ts';
import { h } from './dom.ts';
import { excerptBounds, textRuns, type MarkedSpan } from './highlight.ts';

const MARGIN = 600;

/**
 * The source document with the event's evidence and claims highlighted. Long documents (live blogs) are
 * cut to the part around the event, with the cut said plainly; each mark names the field it supports.
 */
export function sourceText(event: EventRecord, doc: StoredDocument): HTMLElement {
  const spans: MarkedSpan[] = [
    ...event.evidence.map((e) => ({ start: e.start, end: e.end, field: e.field })),
    ...event.claims.map((c) => ({ start: c.start, end: c.end, field: `claim:${c.field}` })),
  ];
  const { start, end } = excerptBounds(doc.text.length, spans, MARGIN);
  const body = h('div', { class: 'source-text', tabindex: '0', 'aria-label': 'Source text with the evidence highlighted' });
  if (start > 0) body.append(h('span', { class: 'muted' }, '[…] '));
  for (const run of textRuns(doc.text.length, spans)) {
    if (run.end <= start || run.start >= end) continue;
    const piece = doc.text.slice(Math.max(run.start, start), Math.min(run.end, end));
    if (run.fields.length === 0) body.append(piece);
    else body.append(h('mark', { 'data-start': String(run.start), 'data-fields': run.fields.join(' '), title: `evidence for ${run.fields.join(', ')}` }, piece));
  }
  if (end < doc.text.length) body.append(h('span', { class: 'muted' }, ' […]'));
  const heading = [doc.title ?? 'Untitled report', doc.source, doc.published].filter(Boolean).join(' · ');
  return h('section', { class: 'source', 'aria-label': 'Source document' },
    h('h3', {}, 'Source: ', doc.url ? h('a', { href: doc.url, rel: 'noreferrer noopener', target: '_blank' }, heading) : heading),
    body,
  );
}

/** Scrolls to the mark that starts at or covers `offset`, and flashes it. */
export function showSpan(root: HTMLElement, offset: number): void {
  const marks = [...root.querySelectorAll<HTMLElement>('mark[data-start]')];
  const mark = marks.filter((m) => Number(m.dataset['start']) <= offset).pop() ?? marks[0];
  if (!mark) return;
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark.classList.add('flash');
  setTimeout(() => mark.classList.remove('flash'), 1200);
}
