import type { PlaceMention } from '../core/mention.ts';

/**
 * What the words around a town say about its part in the event: where the attackers were (an origin, not
 * the place hit), a place the event was only near, or the town a smaller named place lies in.
 */

// How far back the words that govern a name are read; a sentence end cuts the window.
const WINDOW = 120;

/** The words before a place, back to the sentence's start, or to `from` (the end of the place named before it). */
function before(text: string, place: PlaceMention, from = 0): string {
  const window = text.slice(Math.max(0, from, place.span.start - WINDOW), place.span.start);
  const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf(';'), window.lastIndexOf('\n'));
  return cut >= 0 ? window.slice(cut + 1) : window;
}

// "forces stationed at the Thulthana base on the outskirts of Mare": no comma between the verb and the name.
const STATIONED = /\b(?:stationed|based|deployed|positioned|garrisoned|entrenched)\s+(?:at|in|on|near|around|inside)\b[^,;()]{0,80}$/i;
// "shelled Kansafra from Kafr Nabl", "fired rockets from their positions in X": "from" right before the name,
// an attack verb earlier in the sentence.
const FROM = /\bfrom\s+(?:[\p{Ll}’']+\s+){0,4}$/u;
const ATTACK_VERB = /\b(?:shell\w*|fir\w*|launch\w*|struck|strik\w*|target\w*|bomb\w*|attack\w*)\b/i;

/** The attackers' base or firing position: "stationed at X shelled Y", "shelled Y from X". */
export function isOrigin(text: string, place: PlaceMention, from?: number): boolean {
  const words = before(text, place, from);
  return STATIONED.test(words) || (FROM.test(words) && ATTACK_VERB.test(before(text, place)));
}

// "near X", "on the outskirts of X", "in the vicinity of X", "outside X", "5 km north of X", "east of X".
const NEAR =
  /\b(?:near|nearby|close to|outside|around|vicinity of|outskirts of|edge of|surroundings of|environs of|(?:\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:-(?:north|south)?-?(?:east|west))?\s+of)\s+(?:the\s+)?(?:(?:town|village|city|area|camp)\s+of\s+)?$/i;

/** The event took place near the town, not in it: ACLED codes that town with geo_precision 2. */
export function isNear(text: string, place: PlaceMention): boolean {
  return NEAR.test(before(text, place));
}

// Between a small place and the town it lies in: "Al Waraqa neighborhood in Masyaf town", "X farm, near Y".
const IN_GAP = /^\s*(?:neighbou?rhood|quarter|district|area|farms?|farmlands?|suburb|camp|street|square|market|hospital|school)?\s*,?\s*(?:in|of|within|inside)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$/i;
const NEAR_GAP = /^\s*(?:village|town|hamlet|farms?|area|hill|camp|checkpoint|base)?\s*,?\s*(?:near|close to|outside|in the vicinity of|on the outskirts of|north of|south of|east of|west of)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$/i;

const AROUND = /\b(?:countryside|outskirts|suburbs|environs|periphery)$/i;

// "Tyburn (Birmingham, West Midlands)", "Wangkhem (Thoubal, Manipur)": the town a coder writes after a village.
// Only a bracket: "Mar'anaz, Al-Malikiyah, and ..." is a list of villages, not one placed in the other.
const CHAIN_GAP = /^\s*(?:village|town|hamlet|area|neighbou?rhood)?\s*\(\s*$/i;

/**
 * How `inner`, written just before `outer`, lies relative to it: inside it, near it, or neither. A name
 * followed by a town in brackets is near it ("chained"): the town is where coders place it.
 */
export function liesIn(text: string, inner: PlaceMention, outer: PlaceMention): 'in' | 'near' | 'chained' | null {
  if (outer.span.start <= inner.span.end) return null;
  const gap = text.slice(inner.span.end, outer.span.start);
  if (CHAIN_GAP.test(gap)) return 'chained';
  // "Kansafra in Jisr al-Shughur countryside" lies around that town, not in it.
  if (IN_GAP.test(gap)) return AROUND.test(text.slice(outer.span.start, outer.span.end)) ? 'near' : 'in';
  if (NEAR_GAP.test(gap)) return 'near';
  return null;
}

const DISTRICT_GAP = /^\s*(?:village|town|hamlet|camp|farms?|area)?\s*(?:,|\bin)\s*(?:the\s+)?$/i;

/** "Al-Wasita village, Atareb district", "Kafr Ruma in the Maarat district": the district right after a town. */
export function inDistrict(text: string, town: PlaceMention, district: PlaceMention): boolean {
  return district.span.start > town.span.end && DISTRICT_GAP.test(text.slice(town.span.end, district.span.start));
}
