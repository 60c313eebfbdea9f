import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { CsvError, parseCsv } from './csv.ts';
import { acledImport, AcledImportRowSchema, ACLED_REQUIRED_COLUMNS, LegacyAcledImportRowSchema, type AcledImport } from './acled-event.ts';
import { describeFsError } from './expand-paths.ts';
import { isLegacyAcledHeader, modernAcledColumns, modernAcledRecord } from './acled-legacy.ts';

export type AcledRowResult =
  | (AcledImport & { readonly ok: true; readonly file: string; readonly line: number; readonly contentHash: string })
  | { readonly ok: false; readonly file: string; readonly line?: number; readonly message: string };

/**
 * Reads an ACLED CSV export row by row. A bad row is named by file and line and the others are still
 * imported; a broken quote ends the file at the row where it opened, keeping the rows before it.
 * Each row's content hash covers every column, so a row ACLED revised later (its living dataset)
 * replaces the earlier import while an unchanged row changes nothing.
 */
export async function* readAcledFile(file: string): AsyncGenerator<AcledRowResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    yield { ok: false, file, message: describeFsError(error) };
    return;
  }
  yield* readAcledText(text.startsWith('\uFEFF') ? text.slice(1) : text, file);
}

export function* readAcledText(text: string, file: string): Generator<AcledRowResult> {
  const { rows, broken } = parseSalvaging(text, file);
  const header = rows[0];
  if (!header) {
    yield { ok: false, file, line: 1, message: 'empty file: no header row' };
    return;
  }
  // Exports from before ACLED's 2019 codebook are read as current ones (acled-legacy.ts).
  const legacy = isLegacyAcledHeader(header);
  const columns = legacy ? modernAcledColumns(header) : header;
  const missing = ACLED_REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    yield { ok: false, file, line: 1, message: `not an ACLED export: missing columns ${missing.join(', ')}` };
    return;
  }
  let line = 1 + breaksIn(header);
  for (const row of rows.slice(1)) {
    const at = line;
    line += breaksIn(row);
    if (row.length === 1 && row[0] === '') continue;
    if (row.length !== header.length) {
      yield { ok: false, file, line: at, message: `expected ${header.length} fields as in the header, found ${row.length}` };
      continue;
    }
    const written = Object.fromEntries(header.map((name, k) => [name, row[k]!]));
    const record = legacy ? modernAcledRecord(written) : written;
    const parsed = (legacy ? LegacyAcledImportRowSchema : AcledImportRowSchema).safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const id = record.event_id_cnty ? ` (${record.event_id_cnty})` : '';
      yield { ok: false, file, line: at, message: `${issue.path.join('.') || 'row'}${id}: ${issue.message}` };
      continue;
    }
    const contentHash = createHash('sha256').update(JSON.stringify(row), 'utf8').digest('hex');
    yield { ok: true, file, line: at, contentHash, ...acledImport(parsed.data) };
  }
  if (broken) yield { ok: false, file, line: broken.line, message: `${broken.message.replace(`${file}:${broken.line}: `, '')}; the rest of the file was not read` };
}

/**
 * A stray quote swallows text up to the next quote, so the parser may only notice lines later; cutting
 * the text before each reported line until what is left parses finds the last good row.
 */
function parseSalvaging(text: string, file: string): { rows: string[][]; broken: CsvError | null } {
  let lines: string[] | null = null;
  let broken: CsvError | null = null;
  for (;;) {
    try {
      return { rows: parseCsv(lines === null ? text : lines.join('\n'), { file }), broken };
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      broken = error;
      lines = (lines ?? text.split('\n')).slice(0, error.line - 1);
    }
  }
}

/** Lines a row occupies: one, plus the line breaks inside its quoted fields. */
function breaksIn(row: readonly string[]): number {
  let n = 1;
  for (const field of row) for (const ch of field) if (ch === '\n') n += 1;
  return n;
}
