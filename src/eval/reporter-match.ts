/**
 * Reporter names as written vary ("the Syrian Observatory for Human Rights (SOHR)", "SOHR", "Observatory"):
 * names match when one normalised form contains the other, and a name's parenthesised part counts as a form.
 */

const MARKS = /\p{M}/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const PARENTHESISED = /\(([^()]*)\)/g;

function normalise(name: string): string {
  return ` ${name.normalize('NFD').replace(MARKS, '').toLowerCase().replace(NON_WORD, ' ').trim()} `;
}

/** The name without its parentheses, and each parenthesised part: "Syrian Observatory (SOHR)" -> both. */
export function reporterForms(name: string): string[] {
  const inner = [...name.matchAll(PARENTHESISED)].map((m) => m[1]!);
  const outer = name.replace(PARENTHESISED, ' ');
  // Padding with spaces makes containment whole-word: "sana" is not found inside "hasanah".
  return [outer, ...inner].map(normalise).filter((form) => form.trim() !== '');
}

export function sameReporter(a: string, b: string): boolean {
  const formsB = reporterForms(b);
  return reporterForms(a).some((x) => formsB.some((y) => x.includes(y) || y.includes(x)));
}

/** Every gold reporter appears among the predicted ones. */
export function reportersCovered(gold: readonly string[], predicted: readonly string[]): boolean {
  return gold.every((g) => predicted.some((p) => sameReporter(g, p)));
}
