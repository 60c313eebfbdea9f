import { bareAdminName } from './admin-name.ts';

/**
 * GeoNames names second-level units as their countries write them: "Okres Karlovy Vary", "Kabupaten Sorong",
 * "Ansongo Cercle", "Municipio Sucre", "Natchitoches Parish". Reports and ACLED's coders say "Karlovy Vary",
 * "Sorong", "Ansongo". These are the words for "district" that come before or after the name.
 */
const BEFORE =
  /^(?:comuna|municipio(?: de)?|municipiul|departamento de|d[ée]partement d[eu']|powiat|gemeente|shahrest[aā]n-e|obshtina|provincia(?: de(?: la)?| di| del)?|province (?:de(?: la)?|du|of)|kabupaten|kota|ora[sş]|amphoe|partido de|cant[oó]n|okres|politischer bezirk|bezirk|landkreis|stadtkreis|kreis|distrito(?: de)?|commune (?:of|de)|da[iï]ra de|city of|gorod|grad|nohiyai|markaz|bashkia|th[aà]nh ph[oố]|th[iị] x[aã]|huy[eệ]n|qu[aậ]n|nom[oó]s|rayon|raion)\s+/i;
const AFTER =
  /\s+(?:cercle|regional municipality|district municipality|metropolitan municipality|local municipality|municipality|kommune|parish|county|sub-?prefecture|prefecture|district|rayon|raion|local government area|lga|municipal district)$/i;

/** The name a report would use for a unit GeoNames names with its generic word: "Okres Tábor" is "Tábor". */
export function plainUnitName(name: string): string {
  const plain = bareAdminName(name.replace(BEFORE, '').replace(AFTER, '')).trim();
  return plain.length > 1 ? plain : name;
}
