import { postDocument } from './api.ts';
import { h } from './dom.ts';

/** Paste a report, send it to `POST /api/documents` (analyst token), and refresh the views to show its events. */
export function ingestPanel(token: () => string | null, onIngested: () => void): HTMLElement {
  const status = h('p', { role: 'status', class: 'ingest-status' });
  const form = h('form', { class: 'ingest', 'aria-label': 'Ingest a report' },
    h('div', { class: 'field wide' }, h('label', { for: 'ingest-text' }, 'Report text'), h('textarea', { id: 'ingest-text', name: 'text', rows: '6', required: '' })),
    h('div', { class: 'field' }, h('label', { for: 'ingest-title' }, 'Title'), h('input', { id: 'ingest-title', name: 'title' })),
    h('div', { class: 'field' }, h('label', { for: 'ingest-source' }, 'Source'), h('input', { id: 'ingest-source', name: 'source' })),
    h('div', { class: 'field' }, h('label', { for: 'ingest-published' }, 'Published'), h('input', { id: 'ingest-published', name: 'published', type: 'date' })),
    h('button', { type: 'submit' }, 'Ingest'),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const current = token();
    if (!current) return void (status.textContent = 'Enter an analyst token (top right) to ingest.');
    const data = new FormData(form);
    const field = (name: string): string | undefined => String(data.get(name) ?? '').trim() || undefined;
    status.textContent = 'Reading the report…';
    try {
      const result = (await postDocument(current, { text: String(data.get('text') ?? ''), title: field('title'), source: field('source'), published: field('published') })) as Record<string, unknown>;
      const written = result['events_written'] ?? (Array.isArray(result['events']) ? result['events'].length : '?');
      status.textContent = `Stored (${String(result['outcome'] ?? 'done')}): ${String(written)} events.`;
      form.reset();
      onIngested();
    } catch (error) {
      status.textContent = `Not ingested: ${(error as Error).message}`;
    }
  });
  return h('div', {}, form, status);
}
