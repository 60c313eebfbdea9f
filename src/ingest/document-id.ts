import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';

// 12 hex digits (48 bits): collisions are negligible at the scale of any one archive.
const HASH_CHARS = 12;
const MAX_NAME = 40;

/** The sha256 of a document's text: the same report read twice gets the same hash. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * A stable id for a document that brought none: its file's base name (so that people can tell ids apart)
 * and a prefix of its content hash (so that the id survives moving the file and changes when the text does).
 */
export function documentIdFor(file: string, text: string): string {
  const name = basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_NAME);
  const hash = contentHash(text).slice(0, HASH_CHARS);
  return name === '' ? hash : `${name}-${hash}`;
}
