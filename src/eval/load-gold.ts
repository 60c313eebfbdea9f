import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Document } from '../core/document.ts';
import { documentFromGold } from './gold-document.ts';
import { GoldError, parseGold, type Gold } from './gold-schema.ts';

/** I/O edge of the evaluation: finding gold files, reading them and the reports they point to. */

export interface GoldCase {
  readonly file: string;
  readonly gold: Gold;
  readonly doc: Document;
}

const GOLD_SUFFIX = '.gold.json';

/** Files stay as given; directories are searched (recursively) for `*.gold.json`, in name order. */
export async function findGoldFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new GoldError(path, 'no such file or directory');
    if (info.isDirectory()) files.push(...(await goldFilesUnder(path)));
    else files.push(path);
  }
  return files;
}

async function goldFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const sorted = [...entries].sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of sorted) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await goldFilesUnder(path)));
    else if (entry.name.endsWith(GOLD_SUFFIX)) files.push(path);
  }
  return files;
}

export async function loadGoldFile(file: string): Promise<Gold> {
  const raw = await readFile(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new GoldError(file, `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseGold(json, file);
}

/** The gold reading and the document its `text_file` (relative to the gold file) holds. */
export async function loadGoldCase(file: string): Promise<GoldCase> {
  const gold = await loadGoldFile(file);
  const textPath = resolve(dirname(file), gold.text_file);
  const text = await readFile(textPath, 'utf8').catch((error: unknown) => {
    throw new GoldError(file, `text_file ${gold.text_file}: ${error instanceof Error ? error.message : String(error)}`);
  });
  return { file, gold, doc: documentFromGold(gold, text) };
}
