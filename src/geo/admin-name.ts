/**
 * Admin unit names come as "Idlib Governorate", "Gouvernorat d'Idleb", "Province of Hatay",
 * "Muhafazat Hadramawt"; reports say "Idlib" or "Idlib Province". The bare form is what gets compared.
 */
const SUFFIX =
  /\s+(?:governorate|province|state|region|oblast|district|department|prefecture|county|division|territory|municipality|voivodeship|raion|krai|kray|emirate|parish|canton|wilaya|vilayet|capital territory|autonomous republic|autonomous region|autonomous community|city)$/i;
const PREFIX =
  /^(?:muhafazat|gouvernorat d[e']|gobernaci[oó]n de|governatorato di|gouvernement|province of|state of|region of|provincia de|provincia di|departamento de|d[eé]partement d[eu']|wilayat|wilaya d[e'])\s*/i;

/** The name without "Governorate"/"Province"/... words; the input when nothing is left. */
export function bareAdminName(name: string): string {
  const trimmed = name.trim();
  const bare = trimmed.replace(SUFFIX, '').replace(PREFIX, '').trim();
  return bare.length > 0 ? bare : trimmed;
}
