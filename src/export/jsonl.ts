import type { EventRecord } from '../core/event.ts';

/** One flat event record per line, exactly as `sitrep extract --format jsonl` prints them. */
export const jsonl = {
  begin: (): string => '',
  item: (e: EventRecord): string => `${JSON.stringify(e)}\n`,
  end: (): string => '',
};
