/**
 * Cuts a document's text into runs, marking the runs that evidence spans cover, so the detail view can
 * show the source with every quoted value highlighted. Spans are half-open UTF-16 offsets (DESIGN.md).
 */

export interface MarkedSpan {
  readonly start: number;
  readonly end: number;
  readonly field: string;
}

export interface TextRun {
  readonly start: number;
  readonly end: number;
  /** The fields whose evidence covers this run; empty for plain text. */
  readonly fields: readonly string[];
}

export function textRuns(length: number, spans: readonly MarkedSpan[]): TextRun[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= length && s.start < s.end);
  const cuts = new Set<number>([0, length]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const fields = [...new Set(valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.field))];
    const last = runs[runs.length - 1];
    // Neighbouring runs with the same marks read as one: fewer elements, same picture.
    if (last && last.fields.join('|') === fields.join('|')) runs[runs.length - 1] = { ...last, end };
    else runs.push({ start, end, fields });
  }
  return runs;
}

/** The part of a long document worth showing: from a little before the first span to a little after the last. */
export function excerptBounds(length: number, spans: readonly MarkedSpan[], margin: number): { start: number; end: number } {
  if (spans.length === 0) return { start: 0, end: Math.min(length, margin * 2) };
  const first = Math.min(...spans.map((s) => s.start));
  const last = Math.max(...spans.map((s) => s.end));
  return { start: Math.max(0, first - margin), end: Math.min(length, last + margin) };
}
