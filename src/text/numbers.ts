import type { Figure, Qualifier } from '../core/mention.ts';
import type { Token } from './tokens.ts';

// Maps, not object literals: a word such as "constructor" must not find Object.prototype's members.
const UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, no: 0, none: 0, a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, dozen: 12, couple: 2,
}));

const MULTIPLIERS: ReadonlyMap<string, number> = new Map(Object.entries({ hundred: 100, thousand: 1000, million: 1_000_000 }));

/** Vague plurals: the conservative low ACLED codes, a best guess and a high bound. */
const VAGUE: ReadonlyMap<string, Figure> = new Map(Object.entries({
  dozens: { low: 24, best: 24, high: 99, qualifier: 'dozens' },
  scores: { low: 40, best: 40, high: 99, qualifier: 'dozens' },
  hundreds: { low: 200, best: 200, high: 999, qualifier: 'hundreds' },
  thousands: { low: 2000, best: 2000, high: 9999, qualifier: 'thousands' },
  several: { low: 3, best: 3, high: 9, qualifier: 'several' },
  few: { low: 2, best: 3, high: 5, qualifier: 'several' },
  some: { low: 2, best: 2, high: null, qualifier: 'some' },
  many: { low: 10, best: 10, high: null, qualifier: 'some' },
} satisfies Record<string, Figure>));

/** Qualifier phrases read before a number, longest first. */
const QUALIFIERS: readonly (readonly [readonly string[], Qualifier])[] = [
  [['more', 'than'], 'more than'],
  [['over'], 'more than'],
  [['upwards', 'of'], 'more than'],
  [['in', 'excess', 'of'], 'more than'],
  [['at', 'least'], 'at least'],
  [['no', 'fewer', 'than'], 'at least'],
  [['no', 'less', 'than'], 'at least'],
  [['a', 'minimum', 'of'], 'at least'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['approximately'], 'about'],
  [['roughly'], 'about'],
  [['nearly'], 'almost'],
  [['almost'], 'almost'],
  [['close', 'to'], 'almost'],
  [['up', 'to'], 'up to'],
  [['as', 'many', 'as'], 'up to'],
  [['fewer', 'than'], 'fewer than'],
  [['less', 'than'], 'fewer than'],
  [['an', 'estimated'], 'an estimated'],
  [['some'], 'about'],
];

// Qualifiers grouped by their first word, in list order, so a token that opens none costs one lookup.
const QUALIFIERS_BY_FIRST: ReadonlyMap<string, readonly (readonly [readonly string[], Qualifier])[]> = (() => {
  const byFirst = new Map<string, (readonly [readonly string[], Qualifier])[]>();
  for (const entry of QUALIFIERS) {
    const first = entry[0][0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
  }
  return byFirst;
})();

/** Whether a figure can start with this word at all: most words of a sentence cannot, and skip the rest. */
function mayStartNumber(norm: string): boolean {
  const c = norm.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return true;
  return UNITS.has(norm) || VAGUE.has(norm) || QUALIFIERS_BY_FIRST.has(norm) || norm === 'between';
}

/** Largest count sitrep accepts as a figure; anything above is treated as a data error. */
export const MAX_FIGURE = 50_000_000;

export interface NumberMatch {
  readonly figure: Figure;
  /** Token index range [from, to) covered, qualifier included. */
  readonly from: number;
  readonly to: number;
}

function digits(norm: string): number | null {
  if (!/^\d/.test(norm)) return null;
  const plain = norm.replace(/,(?=\d{3}(?:\D|$))/g, '');
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/** Reads a bare number (digits or words) starting at token i. */
function readValue(tokens: readonly Token[], i: number): { value: number; to: number } | null {
  const first = tokens[i];
  if (!first) return null;
  const numeric = digits(first.norm);
  if (numeric !== null) {
    const mult = MULTIPLIERS.get(tokens[i + 1]?.norm ?? '');
    return mult ? { value: numeric * mult, to: i + 2 } : { value: numeric, to: i + 1 };
  }
  let value = UNITS.get(first.norm);
  if (value === undefined) return null;
  let j = i + 1;
  // "a dozen", "a hundred", "twenty five", "two hundred", "one thousand five hundred"
  if (value === 1 && (first.norm === 'a' || first.norm === 'an')) {
    const next = tokens[j]?.norm ?? '';
    if (next === 'dozen') return { value: 12, to: j + 1 };
    if (next === 'couple') return { value: 2, to: tokens[j + 1]?.norm === 'of' ? j + 2 : j + 1 };
    const multiple = MULTIPLIERS.get(next);
    if (multiple) return { value: multiple, to: j + 1 };
    return { value: 1, to: j };
  }
  let total = 0;
  for (;;) {
    const next = tokens[j]?.norm ?? '';
    const unit = UNITS.get(next);
    if (value >= 20 && value < 100 && unit !== undefined && unit < 10 && unit > 0) {
      value += unit;
      j += 1;
      continue;
    }
    const mult = MULTIPLIERS.get(next);
    if (mult) {
      total += value * mult;
      value = 0;
      j += 1;
      if (tokens[j]?.norm === 'and') j += 1;
      const more = UNITS.get(tokens[j]?.norm ?? '');
      if (more !== undefined && more > 0) {
        value = more;
        j += 1;
        continue;
      }
      break;
    }
    if (next === 'dozen') {
      value *= 12;
      j += 1;
    }
    break;
  }
  return { value: total + value, to: j };
}

function readQualifier(tokens: readonly Token[], i: number): { qualifier: Qualifier; to: number } | null {
  const candidates = QUALIFIERS_BY_FIRST.get(tokens[i]?.norm ?? '');
  if (!candidates) return null;
  for (const [words, qualifier] of candidates) {
    if (words.every((w, k) => tokens[i + k]?.norm === w)) return { qualifier, to: i + words.length };
  }
  return null;
}

function figureFor(value: number, qualifier: Qualifier | null): Figure {
  switch (qualifier) {
    case 'more than':
    case 'at least':
      return { low: value, best: value, high: null, qualifier };
    case 'up to':
    case 'fewer than':
    case 'almost':
      return { low: value, best: value, high: value, qualifier };
    default:
      return { low: value, best: value, high: value, qualifier };
  }
}

/**
 * Reads a figure starting at token i: "more than 100", "about 350", "nine", "a dozen", "dozens of",
 * "between 10 and 15", "330,000". Returns null when no number starts there.
 */
export function readNumber(tokens: readonly Token[], i: number): NumberMatch | null {
  const start = tokens[i];
  if (!start || !mayStartNumber(start.norm)) return null;
  const q = readQualifier(tokens, i);
  const at = q ? q.to : i;
  const head = tokens[at]?.norm ?? '';
  if (!q && head === 'between') {
    const low = readValue(tokens, at + 1);
    if (low && tokens[low.to]?.norm === 'and') {
      const high = readValue(tokens, low.to + 1);
      if (high && high.value >= low.value && high.value <= MAX_FIGURE) {
        return { figure: { low: low.value, best: low.value, high: high.value, qualifier: null }, from: i, to: high.to };
      }
    }
    return null;
  }
  const vague = VAGUE.get(head);
  if (vague && !(q && head === 'some')) {
    const to = tokens[at + 1]?.norm === 'of' ? at + 2 : at + 1;
    return { figure: vague, from: i, to };
  }
  const value = readValue(tokens, at);
  if (!value || value.value > MAX_FIGURE) return null;
  // "10 to 15" and "10-15" ranges
  const sep = tokens[value.to]?.norm;
  if (!q && sep === 'to') {
    const high = readValue(tokens, value.to + 1);
    if (high && high.value > value.value && high.value <= MAX_FIGURE && digits(tokens[value.to + 1]!.norm) !== null) {
      return { figure: { low: value.value, best: value.value, high: high.value, qualifier: null }, from: i, to: high.to };
    }
  }
  return { figure: figureFor(value.value, q?.qualifier ?? null), from: i, to: value.to };
}
