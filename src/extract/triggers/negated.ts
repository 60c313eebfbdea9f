import type { Token } from '../../text/tokens.ts';

/**
 * "no sign of fighting", "without clashes", "no reports of shelling", "denied carrying out air strikes": the
 * word names what did not happen. Looks a few tokens back for the negating words, within the clause.
 */
const NEGATORS = new Set(['no', 'without', 'never', 'denied', 'denies', 'deny', 'nor']);
const HEDGES = new Set(['sign', 'signs', 'reports', 'report', 'evidence', 'trace', 'further', 'more', 'of', 'any', 'new', 'major', 'heavy', 'serious', 'renewed', 'carrying', 'out', 'having', 'conducting']);
const REACH = 4;

export function isNegated(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - REACH; k -= 1) {
    const word = tokens[k]!.norm;
    if (NEGATORS.has(word)) return true;
    if (!HEDGES.has(word)) return false;
  }
  return false;
}
