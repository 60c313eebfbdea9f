import { postDocument, postFile } from './api.ts';
import { h } from './dom.ts';
import { titleOf, uploadOf } from './ingest-files.ts';

/**
 * Ingest from the browser (analyst token): paste a report, give its URL for the server to fetch, or drop
 * files on the page (or pick them). Each goes to `POST /api/documents`; the views refresh to show the
 * events, and whatever the API refuses is shown with its reason, per file.
 */

type Result = Record<string, unknown>;
const describeResult = (result: Result): string =>
  `stored (${String(result['outcome'] ?? 'done')}): ${String(result['events_written'] ?? (Array.isArray(result['event_ids']) ? result['event_ids'].length : '?'))} events`;

export function ingestPanel(token: () => string | null, onIngested: () => void, dropZone: HTMLElement, reveal: () => void): HTMLElement {
  const status = h('div', { role: 'status', class: 'ingest-status', 'aria-live': 'polite' });
  const say = (...lines: string[]) => status.replaceChildren(...lines.map((line) => h('p', {}, line)));
  const send = async (what: string, work: (token: string) => Promise<unknown>): Promise<string> => {
    const current = token();
    if (!current) return `${what}: enter an analyst token (top right) to ingest.`;
    try {
      return `${what}: ${describeResult((await work(current)) as Result)}.`;
    } catch (error) {
      return `${what}: not ingested: ${(error as Error).message}`;
    }
  };

  const form = h('form', { class: 'ingest', 'aria-label': 'Ingest a report' },
    h('div', { class: 'field wide' }, h('label', { for: 'ingest-text' }, 'Report text'), h('textarea', { id: 'ingest-text', name: 'text', rows: '6' })),
    h('div', { class: 'field wide' }, h('label', { for: 'ingest-url' }, 'or its URL (the server fetches it)'), h('input', { id: 'ingest-url', name: 'url', type: 'url', placeholder: 'https://…' })),
    h('div', { class: 'field' }, h('label', { for: 'ingest-title' }, 'Title'), h('input', { id: 'ingest-title', name: 'title' })),
    h('div', { class: 'field' }, h('label', { for: 'ingest-source' }, 'Source'), h('input', { id: 'ingest-source', name: 'source' })),
    h('div', { class: 'field' }, h('label', { for: 'ingest-published' }, 'Published'), h('input', { id: 'ingest-published', name: 'published', type: 'date' })),
    h('button', { type: 'submit' }, 'Ingest'),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const field = (name: string): string | undefined => String(data.get(name) ?? '').trim() || undefined;
    const [text, url] = [field('text'), field('url')];
    if (!text && !url) return say('Paste the report’s text or give its URL.');
    say('Reading the report…');
    const line = await send(url && !text ? url : 'The report', (t) => postDocument(t, { text, url, title: field('title'), source: field('source'), published: field('published') }));
    say(line);
    if (!line.includes('not ingested') && !line.includes('enter an analyst token')) {
      form.reset();
      onIngested();
    }
  });

  const ingestFiles = async (files: readonly File[]): Promise<void> => {
    if (files.length === 0) return;
    reveal();
    say(`Reading ${files.length} file${files.length > 1 ? 's' : ''}…`);
    const lines: string[] = [];
    for (const file of files) {
      const upload = uploadOf(file.name, file.type);
      lines.push(upload.ok ? await send(file.name, (t) => postFile(t, file, upload.type, titleOf(file.name))) : upload.reason);
      say(...lines);
    }
    if (lines.some((l) => l.includes(': stored'))) onIngested();
  };
  const picker = h('input', { id: 'ingest-files', type: 'file', multiple: '', accept: '.txt,.md,.html,.htm,text/plain,text/html' });
  picker.addEventListener('change', () => void ingestFiles([...(picker.files ?? [])]).then(() => (picker.value = '')));

  // Anywhere on the page: a report dragged in from the desktop.
  dropZone.addEventListener('dragover', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    dropZone.classList.add('drop-target');
  });
  dropZone.addEventListener('dragleave', (e) => e.target === dropZone && dropZone.classList.remove('drop-target'));
  dropZone.addEventListener('drop', (e) => {
    if (!e.dataTransfer?.files.length) return;
    e.preventDefault();
    dropZone.classList.remove('drop-target');
    void ingestFiles([...e.dataTransfer.files]);
  });

  return h('div', {}, form, h('div', { class: 'field' }, h('label', { for: 'ingest-files' }, 'Or pick files (or drop them anywhere on the page)'), picker), status);
}
