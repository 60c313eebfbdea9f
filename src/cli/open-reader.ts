import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLexicons, type LexiconExtensions } from '../extract/lexicon/index.ts';
import { parseUserLexicon, USER_LEXICON_NAMES } from '../extract/lexicon/user-lexicons.ts';
import { loadDataDirGazetteer } from '../geo/data-dir-gazetteer.ts';
import type { Reader } from '../read-document.ts';

/**
 * The reader every command reads documents with: the embedded gazetteer (its cache kept in the data
 * directory) with the places imported there and the lexicons, the user's own entries from `<data-dir>/lexicon/{actors,reporters,triggers}.json`
 * first so that they win over the defaults.
 */
export async function openReader(opts: { dataDir?: string }): Promise<Reader> {
  const dataDir = dataDirOf(opts);
  const gazetteer = loadDataDirGazetteer(dataDir);
  return { gazetteer, lexicons: buildLexicons(readUserLexicons(join(dataDir, 'lexicon'))) };
}

function readUserLexicons(folder: string): LexiconExtensions {
  let extensions: LexiconExtensions = {};
  for (const name of USER_LEXICON_NAMES) {
    const file = join(folder, `${name}.json`);
    if (!existsSync(file)) continue;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    extensions = { ...extensions, ...parseUserLexicon(name, file, json) };
  }
  return extensions;
}

/** `--data-dir`, else SITREP_HOME, else ./.sitrep (DESIGN.md); read when called, never at import. */
export function dataDirOf(opts: { dataDir?: string }): string {
  return opts.dataDir ?? process.env.SITREP_HOME ?? './.sitrep';
}
