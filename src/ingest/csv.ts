/**
 * An RFC 4180 CSV reader: quoted fields may hold commas, newlines and doubled quotes. One pass over the
 * characters, no regular expressions, so the cost is linear whatever the input. Broken input is an error
 * that names the file and the line, because a silently mis-split row would corrupt every score after it.
 */

export class CsvError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'CsvError';
  }
}

export interface CsvOptions {
  /** Named in errors; the caller's path, or a label such as "<stdin>". */
  readonly file?: string;
}

/** Rows of fields. A final line break does not make an empty row; CRLF and LF both end a row. */
export function parseCsv(text: string, options: CsvOptions = {}): string[][] {
  const file = options.file ?? '<csv>';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  // Set after a closing quote: only a separator or the end of the row may follow it.
  let closedQuote = false;
  let fieldStarted = false;

  const endField = (): void => {
    row.push(field);
    field = '';
    closedQuote = false;
    fieldStarted = false;
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };

  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && !fieldStarted && !closedQuote) {
      const openedAt = line;
      i += 1;
      let closed = false;
      while (i < text.length) {
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          closed = true;
          break;
        }
        if (q === '\n') line += 1;
        field += q;
        i += 1;
      }
      if (!closed) throw new CsvError(file, openedAt, 'unterminated quoted field (no closing ")');
      closedQuote = true;
      fieldStarted = true;
      continue;
    }
    if (c === ',') {
      endField();
      i += 1;
      continue;
    }
    if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      line += 1;
      i += 2;
      continue;
    }
    if (c === '\n') {
      endRow();
      line += 1;
      i += 1;
      continue;
    }
    if (closedQuote) throw new CsvError(file, line, `unexpected ${JSON.stringify(c)} after a closing quote`);
    if (c === '"') throw new CsvError(file, line, 'quote inside an unquoted field (quote the field and double it)');
    field += c;
    fieldStarted = true;
    i += 1;
  }
  if (fieldStarted || row.length > 0) endRow();
  return rows;
}

/**
 * Rows as records keyed by the header row. Every row must have the header's width: a short or long row
 * usually means a stray quote upstream, which is worth stopping for.
 */
export function parseCsvRecords(text: string, options: CsvOptions = {}): Record<string, string>[] {
  const file = options.file ?? '<csv>';
  const rows = parseCsv(text.startsWith('\uFEFF') ? text.slice(1) : text, options);
  const header = rows[0];
  if (!header) throw new CsvError(file, 1, 'empty file: no header row');
  const lines = rowStartLines(rows);
  const records: Record<string, string>[] = [];
  for (let r = 1; r < rows.length; r += 1) {
    const row = rows[r]!;
    if (row.length === 1 && row[0] === '') continue;
    if (row.length !== header.length) {
      throw new CsvError(file, lines[r]!, `expected ${header.length} fields as in the header, found ${row.length}`);
    }
    const record: Record<string, string> = {};
    header.forEach((name, k) => {
      record[name] = row[k]!;
    });
    records.push(record);
  }
  return records;
}

/** The line each row starts on, counting the line breaks inside quoted fields of earlier rows. */
function rowStartLines(rows: readonly (readonly string[])[]): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const row of rows) {
    lines.push(line);
    let breaks = 1;
    for (const field of row) for (const ch of field) if (ch === '\n') breaks += 1;
    line += breaks;
  }
  return lines;
}
