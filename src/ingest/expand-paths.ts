import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type ExpandedPath = { readonly ok: true; readonly file: string } | { readonly ok: false; readonly file: string; readonly message: string };

/**
 * Files named on the command line, with each directory replaced by its files: sorted by name, hidden
 * files skipped, not recursive (a folder of reports often sits beside folders of gold files or notes).
 */
export async function* expandPaths(paths: readonly string[]): AsyncGenerator<ExpandedPath> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { ok: false, file: path, message: describeFsError(error) };
      continue;
    }
    if (!info.isDirectory()) {
      yield { ok: true, file: path };
      continue;
    }
    let entries;
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch (error) {
      yield { ok: false, file: path, message: describeFsError(error) };
      continue;
    }
    const names = entries
      .filter((e) => !e.name.startsWith('.') && (e.isFile() || e.isSymbolicLink()))
      .map((e) => e.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) yield { ok: true, file: join(path, name) };
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message;
}
