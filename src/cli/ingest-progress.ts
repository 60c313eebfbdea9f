/**
 * The progress line of a long ingest, on stderr: rewritten in place on a terminal, a plain line every
 * few seconds in a log. Nothing is printed for runs shorter than the first interval.
 */
export interface IngestCounts {
  documents: number;
  events: number;
  failed: number;
}

export function rates(counts: IngestCounts, seconds: number): string {
  const per = (n: number) => (seconds > 0 ? n / seconds : 0).toFixed(1);
  return `${counts.documents} documents (${per(counts.documents)}/s), ${counts.events} events (${per(counts.events)}/s), ${counts.failed} failed`;
}

export function createProgress(stream: NodeJS.WriteStream, now: () => number = () => performance.now()) {
  const started = now();
  const tty = stream.isTTY === true;
  const every = tty ? 250 : 10_000;
  let last = started;
  let shown = false;
  return {
    update(counts: IngestCounts): void {
      const t = now();
      if (t - last < every) return;
      last = t;
      const line = `ingesting: ${rates(counts, (t - started) / 1000)}`;
      stream.write(tty ? `\r${line}\x1b[K` : `${line}\n`);
      shown = true;
    },
    /** Ends the in-place line so that what follows starts on a line of its own. */
    done(): void {
      if (shown && tty) stream.write('\n');
    },
    seconds: (): number => (now() - started) / 1000,
  };
}
