/**
 * A forgiving HTML tokenizer: start tags (with attributes), end tags and text; comments, doctypes and
 * processing instructions are skipped. Every scan moves forward and never revisits input, so malformed
 * pages (unclosed tags, stray "<", megabyte attributes) cost linear time. It does not build a tree.
 */
export type HtmlToken =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'start'; readonly name: string; readonly attrs: ReadonlyMap<string, string>; readonly selfClosing: boolean }
  | { readonly kind: 'end'; readonly name: string };

// Elements whose content is not markup: their text runs to the matching end tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes']);

export function* tokenizeHtml(html: string): Generator<HtmlToken> {
  let pos = 0;
  let textStart = 0;
  const n = html.length;
  while (pos < n) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) break;
    const next = html.charCodeAt(lt + 1);
    const isEnd = next === 0x2f; // "/"
    const nameStart = isEnd ? lt + 2 : lt + 1;
    if (next === 0x21 || next === 0x3f) {
      // "<!--", "<!DOCTYPE", "<?xml": skipped, but text before them is kept.
      if (lt > textStart) yield { kind: 'text', text: html.slice(textStart, lt) };
      pos = skipDeclaration(html, lt);
      textStart = pos;
      continue;
    }
    if (!isLetter(html.charCodeAt(nameStart))) {
      // A stray "<" ("a < b", "</ 3") is text.
      pos = lt + 1;
      continue;
    }
    if (lt > textStart) yield { kind: 'text', text: html.slice(textStart, lt) };
    let i = nameStart;
    while (i < n && !isNameEnd(html.charCodeAt(i))) i += 1;
    const name = html.slice(nameStart, i).toLowerCase();
    if (isEnd) {
      const gt = html.indexOf('>', i);
      pos = gt === -1 ? n : gt + 1;
      textStart = pos;
      yield { kind: 'end', name };
      continue;
    }
    const tag = readAttributes(html, i);
    pos = tag.end;
    textStart = pos;
    yield { kind: 'start', name, attrs: tag.attrs, selfClosing: tag.selfClosing };
    if (RAW_TEXT.has(name) && !tag.selfClosing) {
      const close = findClosingTag(html, pos, name);
      if (close.textEnd > pos) yield { kind: 'text', text: html.slice(pos, close.textEnd) };
      yield { kind: 'end', name };
      pos = close.end;
      textStart = pos;
    }
  }
  if (textStart < n) yield { kind: 'text', text: html.slice(textStart) };
}

function skipDeclaration(html: string, lt: number): number {
  if (html.startsWith('<!--', lt)) {
    const close = html.indexOf('-->', lt + 4);
    return close === -1 ? html.length : close + 3;
  }
  const gt = html.indexOf('>', lt + 2);
  return gt === -1 ? html.length : gt + 1;
}

function readAttributes(html: string, from: number): { attrs: Map<string, string>; end: number; selfClosing: boolean } {
  const attrs = new Map<string, string>();
  const n = html.length;
  let i = from;
  let selfClosing = false;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 0x3e) return { attrs, end: i + 1, selfClosing }; // ">"
    if (isSpace(c)) {
      i += 1;
      continue;
    }
    if (c === 0x2f) {
      selfClosing = html.charCodeAt(i + 1) === 0x3e;
      i += 1;
      continue;
    }
    selfClosing = false;
    const nameStart = i;
    while (i < n && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 0x3e && html.charCodeAt(i) !== 0x3d && (i === nameStart || html.charCodeAt(i) !== 0x2f)) i += 1;
    const name = html.slice(nameStart, i).toLowerCase();
    while (i < n && isSpace(html.charCodeAt(i))) i += 1;
    let value = '';
    if (html.charCodeAt(i) === 0x3d) {
      i += 1;
      while (i < n && isSpace(html.charCodeAt(i))) i += 1;
      const q = html.charCodeAt(i);
      if (q === 0x22 || q === 0x27) {
        const close = html.indexOf(q === 0x22 ? '"' : "'", i + 1);
        // An unclosed quote swallows the rest of the page, as in browsers; we simply stop there.
        const valueEnd = close === -1 ? n : close;
        value = html.slice(i + 1, valueEnd);
        i = close === -1 ? n : close + 1;
      } else {
        const valueStart = i;
        while (i < n && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 0x3e) i += 1;
        value = html.slice(valueStart, i);
      }
    }
    if (name !== '' && !attrs.has(name)) attrs.set(name, value);
  }
  return { attrs, end: n, selfClosing };
}

// A case-insensitive search for "</name" from a position; the regex is a literal, so it is linear.
function findClosingTag(html: string, from: number, name: string): { textEnd: number; end: number } {
  const pattern = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
  pattern.lastIndex = from;
  const m = pattern.exec(html);
  if (m === null) return { textEnd: html.length, end: html.length };
  const gt = html.indexOf('>', m.index);
  return { textEnd: m.index, end: gt === -1 ? html.length : gt + 1 };
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 0x3e || c === 0x2f;
}
