import table from './state-abbreviations.json' with { type: 'json' };

/** A province written short: "Ga.", "N.Y.", "Ont.", or a postal code right after a town ("Macon, GA"). */
export interface ProvinceAbbreviation {
  readonly countryCode: string;
  /** The province's name as the gazetteer knows it. */
  readonly name: string;
}

const WRITTEN = new Map<string, ProvinceAbbreviation>();
for (const [countryCode, names] of Object.entries(table.written)) {
  for (const [written, name] of Object.entries(names as Record<string, string>)) WRITTEN.set(written, { countryCode, name });
}
const POSTAL = new Map<string, ProvinceAbbreviation>();
for (const [countryCode, names] of Object.entries(table.postal)) {
  for (const [code, name] of Object.entries(names as Record<string, string>)) POSTAL.set(code, { countryCode, name });
}
const AFTER_NAME_ONLY: ReadonlySet<string> = new Set(table.afterName);

/**
 * The province an abbreviation stands for. `written` is the word as written with its closing dot ("Calif.");
 * `afterName` says it follows "Town, " — the only place where a postal code ("GA") or an abbreviation that is
 * also a word or a title ("Miss.", "Ill.", "Wash.") is read as a province.
 */
export function provinceAbbreviation(written: string, afterName: boolean): ProvinceAbbreviation | null {
  const known = WRITTEN.get(written);
  if (known) return afterName || !AFTER_NAME_ONLY.has(written) ? known : null;
  return afterName ? (POSTAL.get(written) ?? null) : null;
}
