import { readFile } from 'node:fs/promises';
import { makeDocument, type Document } from '../core/document.ts';
import { currentAcledRecords } from '../ingest/acled-legacy.ts';
import { parseCsvRecords } from '../ingest/csv.ts';
import { AcledRowSchema, parseAcledRow, type AcledRow } from './acled-row.ts';

/** I/O edge of the ACLED-notes evaluation: CSV files in, rows with the document each one is read as. */

export interface AcledCase {
  readonly row: AcledRow;
  readonly doc: Document;
}

/**
 * The notes are the whole input: no publication date (the notes state the event's date) and no source,
 * so nothing but the text can help the reader.
 */
export function documentFromAcledRow(row: AcledRow): Document {
  return makeDocument({ id: row.event_id_cnty, text: row.notes, published: null, source: null });
}

/** Rows of the files in order, stopping after `limit` rows in all. */
export async function loadAcledCases(files: readonly string[], limit = Number.POSITIVE_INFINITY): Promise<AcledCase[]> {
  const cases: AcledCase[] = [];
  for (const file of files) {
    if (cases.length >= limit) break;
    const records = currentAcledRecords(parseCsvRecords(await readFile(file, 'utf8'), { file }));
    // Checked once per file: a wrong file should be named as such, not as thousands of bad rows.
    const first = records[0];
    const missing = first ? Object.keys(AcledRowSchema.shape).filter((column) => !(column in first)) : [];
    if (missing.length > 0) throw new Error(`${file}: not an ACLED export, missing columns ${missing.join(', ')}`);
    for (let i = 0; i < records.length && cases.length < limit; i += 1) {
      const row = parseAcledRow(records[i]!, file, i + 1);
      cases.push({ row, doc: documentFromAcledRow(row) });
    }
  }
  return cases;
}
