import { BadCursorError } from './store.ts';

/**
 * Opaque keyset cursors: the sort key of the last row handed out, so that the next page starts after it
 * whatever was inserted meanwhile (offsets would skip or repeat rows).
 */

export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, shape: readonly ('string' | 'number')[]): (string | number)[] {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadCursorError();
  }
  if (!Array.isArray(parts) || parts.length !== shape.length || parts.some((p, i) => typeof p !== shape[i])) throw new BadCursorError();
  return parts as (string | number)[];
}
