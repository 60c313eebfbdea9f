/** Plain aligned columns for terminal reports: text left-aligned, numbers right-aligned. */

export type Cell = string | number | null;

export function formatTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = [header, ...rows.map((row) => row.map(cellText))];
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((row) => isNumberLike(row[c] ?? '')));
  const widths = header.map((_, c) => Math.max(...text.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, c) => (numeric[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(text[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...text.slice(1).map(line)].join('\n');
}

// Numbers, "-" for unknown and formatted shares ("0.917") line up on the right.
const NUMBER_LIKE = /^-?[0-9.]*$/;

function isNumberLike(cell: Cell): boolean {
  return cell === null || typeof cell === 'number' || NUMBER_LIKE.test(cell);
}

function cellText(cell: Cell): string {
  if (cell === null) return '-';
  return String(cell);
}

/** A share as a fixed three-decimal number, or "-" when there was nothing to count. */
export function share(value: number | null): string {
  return value === null ? '-' : value.toFixed(3);
}
