import { decodeEntities } from './html-entities.ts';
import { tokenizeHtml } from './html-tokenizer.ts';

/** What a web page gives us: its readable text (paragraphs separated by blank lines) and its metadata. */
export interface HtmlArticle {
  readonly text: string;
  readonly title: string | null;
  /** As found in the page (meta or <time>); checked by the caller. */
  readonly published: string | null;
  readonly url: string | null;
  readonly source: string | null;
}

// Page furniture, not reporting.
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'header', 'footer', 'aside', 'form',
  'iframe', 'button', 'select', 'textarea', 'object', 'embed', 'canvas', 'head', 'figure', 'dialog', 'menu',
]);
// Inside an <article> or <main>, a <header> holds the headline and a <footer> the byline: part of the story.
const STORY_FRAME = new Set(['header', 'footer']);
// Elements that start a new line of text; everything else flows inline.
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table',
  'thead', 'tbody', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'br', 'address', 'figcaption', 'details',
  'summary', 'body', 'html', 'center',
]);
const CELL = new Set(['td', 'th']);
// Never have content, so they never open a scope.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Where the story is, when the page marks it; otherwise the whole body is used.
const MAIN_SCOPES = ['article', 'main'] as const;
// Meta names outlets use for the publication time, most specific first.
const PUBLISHED_KEYS = ['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'dc.date.issued', 'dc.date', 'date'];

export function extractHtmlArticle(html: string): HtmlArticle {
  const scan = scanHtml(html);
  const chosen = MAIN_SCOPES.map((scope) => scan.blocks.filter((b) => b.scopes.has(scope))).find((b) => b.length > 0) ?? scan.blocks;
  return {
    text: chosen.map((b) => b.text).join('\n\n'),
    title: scan.meta.get('og:title') ?? scan.title,
    published: PUBLISHED_KEYS.map((key) => scan.meta.get(key)).find((v) => v !== undefined) ?? scan.timeDatetime,
    url: scan.meta.get('og:url') ?? scan.canonical,
    source: scan.meta.get('og:site_name') ?? null,
  };
}

interface Block {
  readonly text: string;
  readonly scopes: ReadonlySet<string>;
}

interface Scan {
  readonly blocks: readonly Block[];
  readonly meta: ReadonlyMap<string, string>;
  readonly title: string | null;
  readonly timeDatetime: string | null;
  readonly canonical: string | null;
}

/**
 * One pass over the tokens. Open elements are kept on a stack with a count per name, so an end tag
 * without a matching start costs O(1) and popping to a matching one is paid for by the pushes: linear.
 */
function scanHtml(html: string): Scan {
  const stack: { readonly name: string; readonly dropped: boolean }[] = [];
  const open = new Map<string, number>();
  const blocks: Block[] = [];
  const meta = new Map<string, string>();
  let title: string | null = null;
  let timeDatetime: string | null = null;
  let canonical: string | null = null;
  let dropDepth = 0;
  let inTitle = false;
  let line: string[] = [];

  const depthOf = (name: string): number => open.get(name) ?? 0;
  const flush = (): void => {
    const text = collapseSpaces(decodeEntities(line.join(''))).trim();
    line = [];
    if (text === '') return;
    blocks.push({ text, scopes: new Set(MAIN_SCOPES.filter((s) => depthOf(s) > 0)) });
  };
  const push = (name: string): void => {
    const dropped = DROPPED.has(name) && !(STORY_FRAME.has(name) && MAIN_SCOPES.some((s) => depthOf(s) > 0));
    stack.push({ name, dropped });
    open.set(name, depthOf(name) + 1);
    if (dropped) dropDepth += 1;
  };
  const pop = (): void => {
    const { name, dropped } = stack.pop()!;
    open.set(name, depthOf(name) - 1);
    if (dropped) dropDepth -= 1;
  };

  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'text') {
      if (inTitle && title === null) title = cleanValue(token.text);
      else if (dropDepth === 0) line.push(token.text);
      continue;
    }
    const { name } = token;
    if (token.kind === 'start') {
      if (name === 'meta') readMeta(token.attrs, meta);
      if (name === 'link' && (token.attrs.get('rel') ?? '').toLowerCase() === 'canonical') canonical = cleanValue(token.attrs.get('href') ?? '');
      if (name === 'time' && timeDatetime === null && dropDepth === 0) timeDatetime = cleanValue(token.attrs.get('datetime') ?? '');
      if (name === 'title') inTitle = true;
      // Pages that never close <head> would otherwise drop their whole body.
      if (name === 'body') while (depthOf('head') > 0) pop();
      if (BLOCK.has(name)) flush();
      else if (CELL.has(name)) line.push(' ');
      if (!VOID.has(name) && !token.selfClosing) {
        // Flush before a dropped or scoping element opens so the text before it keeps its own scope.
        if (DROPPED.has(name) || MAIN_SCOPES.includes(name as (typeof MAIN_SCOPES)[number])) flush();
        push(name);
      }
      continue;
    }
    if (name === 'title') inTitle = false;
    if (depthOf(name) === 0) {
      if (name === 'br' || name === 'p') flush(); // "</br>" and a stray "</p>" still break lines in browsers.
      continue;
    }
    if (BLOCK.has(name) || DROPPED.has(name) || MAIN_SCOPES.includes(name as (typeof MAIN_SCOPES)[number])) flush();
    while (stack.length > 0 && stack[stack.length - 1]!.name !== name) pop();
    pop();
  }
  flush();
  return { blocks, meta, title, timeDatetime, canonical };
}

function readMeta(attrs: ReadonlyMap<string, string>, meta: Map<string, string>): void {
  const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? '').toLowerCase();
  const content = attrs.get('content');
  if (key === '' || content === undefined || meta.has(key)) return;
  const value = cleanValue(content);
  if (value !== null) meta.set(key, value);
}

function cleanValue(raw: string): string | null {
  // Metadata values are short; a megabyte attribute is not a title.
  const value = collapseSpaces(decodeEntities(raw.length > 2000 ? raw.slice(0, 2000) : raw)).trim();
  return value === '' ? null : value;
}

// Touches only runs that are not already a single space: on ordinary prose that is 40x faster than /\s+/g.
function collapseSpaces(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, ' ');
}
