import { performance } from 'node:perf_hooks';
import { makeDocument, type Document } from '../src/core/document.ts';
import { readInputBytes } from '../src/ingest/read-input.ts';
import { readDocument, type Reader } from '../src/read-document.ts';

/** One hostile input: `make(bytes)` builds about that many bytes of it, so it can be timed at two sizes. */
export interface WorstCase {
  readonly name: string;
  readonly bytes: number;
  readonly make: (bytes: number) => string;
  /** Read as a file of this kind (HTML goes through the HTML reader first), else as a plain document. */
  readonly html?: boolean;
}

function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
}

const MB = 1024 * 1024;

/** Builds the worst cases; `reportLine` is report text with its line breaks removed. */
export function worstCases(reportLine: string): WorstCase[] {
  return [
    { name: 'report text, one 50 MB line', bytes: 50 * MB, make: (n) => repeatTo(`${reportLine} `, n) },
    { name: '"May May May ..."', bytes: 5 * MB, make: (n) => repeatTo('May ', n) },
    { name: 'digits "1,1,1,1 ..."', bytes: 5 * MB, make: (n) => repeatTo('1,', n) },
    { name: 'one 5 MB word "aaaa..."', bytes: 5 * MB, make: (n) => 'a'.repeat(n) },
    { name: '"killed killed ..."', bytes: 5 * MB, make: (n) => repeatTo('killed ', n) },
    { name: '"1 1 1 1 ..."', bytes: 5 * MB, make: (n) => repeatTo('1 ', n) },
    { name: '"Al Al Al ..." (one name run)', bytes: 5 * MB, make: (n) => repeatTo('Al ', n) },
    { name: '". . . . ..."', bytes: 5 * MB, make: (n) => repeatTo('. ', n) },
    { name: '"........" (one run of stops)', bytes: 5 * MB, make: (n) => '.'.repeat(n) },
    {
      name: 'HTML soup',
      bytes: 5 * MB,
      html: true,
      make: (n) => repeatTo('<div class="a"><p>Shelling hit <b>Idlib<span>&amp; 3 killed<script>x="<p>"</script><!-- c --></i>', n),
    },
  ];
}

function asDocument(text: string, html: boolean): Document | null {
  if (!html) return makeDocument({ id: 'worst', text, published: '2022-03-01' });
  for (const result of readInputBytes(Buffer.from(text), 'worst.html', { published: '2022-03-01' })) {
    if (result.ok) return result.doc;
  }
  return null;
}

export interface WorstResult {
  readonly name: string;
  /** The largest size run, and how it went. */
  readonly mb: number;
  readonly seconds: number;
  readonly mbPerSecond: number;
  /** Time per byte at the largest size run over time per byte at a quarter of it: about 1 when linear. */
  readonly growth: number;
  /** The full size was not run: even linear, it would have taken longer than the budget. */
  readonly skipped: boolean;
}

// Each case runs at a sixteenth, a quarter, then its full size, and stops before a size that would take longer
// than this even if linear: the smaller sizes' MB/s is then the finding, and a quadratic stage cannot keep the
// bench going for hours.
const RUN_BUDGET_S = 120;

function timeOnce(reader: Reader, c: WorstCase, bytes: number): { seconds: number; mb: number } {
  const text = c.make(bytes);
  const t0 = performance.now();
  const doc = asDocument(text, c.html ?? false);
  if (doc) readDocument(reader, doc);
  return { seconds: (performance.now() - t0) / 1000, mb: Buffer.byteLength(text) / MB };
}

export function runWorstCase(reader: Reader, c: WorstCase): WorstResult {
  const runs = [timeOnce(reader, c, c.bytes / 16)];
  for (const size of [c.bytes / 4, c.bytes]) {
    if (runs.at(-1)!.seconds * 4 > RUN_BUDGET_S) break;
    runs.push(timeOnce(reader, c, size));
  }
  const last = runs.at(-1)!;
  const before = runs.at(-2) ?? last;
  const growth = last.seconds / last.mb / (before.seconds / before.mb);
  return { name: c.name, mb: last.mb, seconds: last.seconds, mbPerSecond: last.mb / last.seconds, growth, skipped: runs.length < 3 };
}
