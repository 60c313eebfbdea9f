/**
 * RFC 4180 output: a field is quoted when it holds a comma, a quote, a line break or edge spaces, and
 * quotes inside are doubled. Lines end with CRLF as the RFC says; spreadsheet tools and ACLED's own
 * files are read either way.
 */

export type CsvValue = string | number | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
