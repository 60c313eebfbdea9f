import { join } from 'node:path';
import { buildLexicons } from '../extract/lexicon/index.ts';
import { loadEmbeddedGazetteer } from '../geo/embedded-gazetteer.ts';
import type { Reader } from '../read-document.ts';

/**
 * The reader every command reads documents with: the embedded gazetteer (its cache kept in the data
 * directory) and the default lexicons. Gazetteers and lexicons the user imports into the data directory
 * are to be added here, once, so that every command sees the same ones.
 */
export async function openReader(opts: { dataDir?: string }): Promise<Reader> {
  const gazetteer = loadEmbeddedGazetteer({ cacheDir: join(dataDirOf(opts), 'cache') });
  return { gazetteer, lexicons: buildLexicons() };
}

/** `--data-dir`, else SITREP_HOME, else ./.sitrep (DESIGN.md); read when called, never at import. */
export function dataDirOf(opts: { dataDir?: string }): string {
  return opts.dataDir ?? process.env.SITREP_HOME ?? './.sitrep';
}
