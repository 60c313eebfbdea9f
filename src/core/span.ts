/** Half-open `[start, end)` offsets in UTF-16 units into a document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function spanOf(start: number, end: number): Span {
  return { start, end };
}

export function quote(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function covers(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}
