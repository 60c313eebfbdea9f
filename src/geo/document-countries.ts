import type { NamedUnit } from './place-context.ts';

/** Something besides a place name that says which country a document is about: "Syrian", "Military Forces of Iraq". */
export interface CountryHint {
  readonly countryCode: string;
  readonly weight: number;
}

/** The countries a document is about, and how sure we are of them. */
export interface DocumentCountries {
  /** Evidence per country: named countries and provinces count 1, bare province names and hints less. */
  readonly weights: ReadonlyMap<string, number>;
  /** The countries candidate places should lie in; empty when the document says nothing about countries. */
  readonly focus: ReadonlySet<string>;
  /** True when the document is plainly about one or two countries: places elsewhere then need to be famous. */
  readonly strict: boolean;
  /** The country with the most evidence, for names nothing else places. */
  readonly dominant: string | null;
}

// The top two countries must carry this share of all the evidence for the document to be "about" them.
const STRICT_SHARE = 0.75;
// One named province, or one named country, or two demonyms is enough to be sure.
const STRICT_MIN_WEIGHT = 1;
// A second country joins the focus only when it is plainly named and has a fair share of the first one's evidence.
const SECOND_SHARE = 0.25;

/**
 * Weighs what a document names (countries, provinces, demonyms, actors' countries) into the countries it is
 * about. Several countries named about equally leave the focus wide and not strict.
 */
export function documentCountries(units: readonly NamedUnit[], hints: readonly CountryHint[], leans: readonly CountryHint[] = []): DocumentCountries {
  const weights = new Map<string, number>();
  const add = (code: string, weight: number): void => void weights.set(code, (weights.get(code) ?? 0) + weight);
  for (const unit of units) if (unit.weight >= 1) add(unit.countryCode, unit.weight);
  for (const hint of hints) add(hint.countryCode, hint.weight);
  // A bare name that is also a province ("Beni") is weak evidence: it counts only when nothing else does.
  // The towns a first pass settled (`leans`) do not silence it: they lean, they do not name.
  if (weights.size === 0) for (const unit of units) add(unit.countryCode, unit.weight);
  for (const lean of leans) add(lean.countryCode, lean.weight);
  const ranked = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const total = ranked.reduce((sum, [, w]) => sum + w, 0);
  const [first, second] = ranked;
  if (!first) return { weights, focus: new Set(), strict: false, dominant: null };
  const secondCounts = second !== undefined && second[1] >= STRICT_MIN_WEIGHT && second[1] >= first[1] * SECOND_SHARE;
  const topTwo = first[1] + (secondCounts ? second[1] : 0);
  const strict = first[1] >= STRICT_MIN_WEIGHT && topTwo >= total * STRICT_SHARE;
  const focus = strict
    ? new Set([first[0], ...(secondCounts ? [second[0]] : [])])
    : new Set(ranked.filter(([, w]) => w >= 1).map(([code]) => code));
  const dominant = second && second[1] === first[1] ? null : first[0];
  return { weights, focus, strict, dominant };
}
