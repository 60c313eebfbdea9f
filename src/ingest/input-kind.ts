import { extname } from 'node:path';
import { looksLikeFeed } from './feed-input.ts';
import type { InputKind } from './input-result.ts';

const BY_EXTENSION: Readonly<Record<string, InputKind>> = {
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.rss': 'rss', '.atom': 'rss',
};
// Only the first bytes are looked at: enough to see a doctype or the first JSON object.
const SNIFF = 1024;

/** Extension first (people name files on purpose), then the file's opening characters. */
export function guessInputKind(file: string, text: string): InputKind {
  const byName = BY_EXTENSION[extname(file).toLowerCase()];
  if (byName !== undefined) return byName;
  const head = text.slice(0, SNIFF).replace(/^\ufeff/, '').trimStart().toLowerCase();
  if (looksLikeFeed(head)) return 'rss';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml') && head.includes('<html')) return 'html';
  // JSON Lines put a whole object on the first line; pretty-printed JSON opens with a lone "{".
  const firstLine = head.split('\n', 1)[0]!.trimEnd();
  if (firstLine.startsWith('{"') && (firstLine.endsWith('}') || firstLine.length >= SNIFF - 1)) return 'jsonl';
  return 'text';
}
