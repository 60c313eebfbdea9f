import type { PlaceMention } from '../core/mention.ts';
import { bareAdminName } from './admin-name.ts';
import type { AdminUnit, Gazetteer } from './gazetteer.ts';
import { placeKey } from './place-key.ts';

/** What the names written right after a place say about where it is: "Pokrovka, Sumy", "Goba (Djugu, Ituri)". */
export interface AttachedContext {
  /** The countries the widest name can be in: one, or several for a name like "Punjab". */
  readonly countries: ReadonlySet<string>;
  /** "UA.21" for each province the chain names in those countries; empty when it names only a country. */
  readonly admin1s: ReadonlySet<string>;
}

// Between two names of one chain: a comma or an opening bracket, after at most two lower-case words
// ("village (", "township, "). "and" joins a list, never a chain.
const LINK = /^(?:\s+\p{Ll}+){0,2}\s*[,(]\s*$/u;
// After the chain: the end of the sentence or of the bracket, or a comma before a lower-case clause.
// "Aleppo, Idlib and Hama" is a list of provinces, not a town in Idlib.
// A dateline's dash ends it too: "SAN JOSE, California — A woman ...".
const CHAIN_END = /^(?:\s+\p{Ll}+){0,2}\s*(?:[.;:)]|,\s*(?!and\b|or\b)\p{Ll}|[—–]\s|--?\s)/u;
const REST_OF_SENTENCE = /^(?:\s+\p{Ll}+){0,2}\s*$/u;
const COUNTRY_ID = /^country:([A-Z]{2})$/;
const ADMIN1_ID = /^admin1:([A-Z]{2})\.(.+)$/;

interface UnitReading {
  readonly countryCode: string;
  readonly admin1: string | null;
}

function readingsOf(gazetteer: Gazetteer, mention: PlaceMention, core: string): UnitReading[] {
  const id = mention.placeId ?? '';
  const country = COUNTRY_ID.exec(id);
  const admin1 = ADMIN1_ID.exec(id);
  // A bare province name may be a namesake abroad ("Beni"): every province of that name is a reading.
  // So is a country's name that is also a province's: "Atlanta (Georgia)".
  // Only a unit of exactly that name: "Boalia" is not a slip for "Bali".
  const key = placeKey(bareAdminName(core));
  const exact = (u: AdminUnit): boolean => [u.name, ...u.aliases].some((n) => placeKey(bareAdminName(n)) === key);
  const units = country || mention.level === 'town' || mention.score < 0.7 ? gazetteer.admin1ByName(core).filter(exact) : [];
  const named = country
    ? [{ countryCode: country[1]!, admin1: null }]
    : admin1
      ? [{ countryCode: admin1[1]!, admin1: `${admin1[1]}.${admin1[2]}` }]
      : [];
  // "(Bagare, Passore)": a district the district table knows names the province that holds it.
  const districts = country || admin1 ? [] : gazetteer.admin2ByName(core);
  return [
    ...named,
    ...units.map((u) => ({ countryCode: u.countryCode, admin1: `${u.countryCode}.${u.code}` })),
    ...districts.map((u) => ({ countryCode: u.countryCode, admin1: `${u.countryCode}.${u.code.split('.')[0]}` })),
  ];
}

/**
 * For each of a sentence's place mentions, the country and provinces named by the chain of names that
 * follows it, read from the last (widest) name back: ACLED and wire copy write the place first and its units
 * after it. Null when nothing follows, when the chain is a list, or when it names no known unit.
 * Each mention's readings and each link are worked out once for the whole sentence.
 */
export function attachedContexts(
  gazetteer: Gazetteer,
  text: string,
  sentenceEnd: number,
  mentions: readonly PlaceMention[],
  coreOf: (m: PlaceMention) => string,
): (AttachedContext | null)[] {
  // lastOf[k]: the last mention of the chain that starts at k, found right to left in one pass.
  const lastOf = new Array<number>(mentions.length);
  for (let k = mentions.length - 1; k >= 0; k -= 1) {
    const linked = k + 1 < mentions.length && LINK.test(text.slice(mentions[k]!.span.end, mentions[k + 1]!.span.start));
    lastOf[k] = linked ? lastOf[k + 1]! : k;
  }
  const readings = new Map<number, UnitReading[]>();
  const readingsAt = (k: number): UnitReading[] => {
    let found = readings.get(k);
    if (!found) readings.set(k, (found = readingsOf(gazetteer, mentions[k]!, coreOf(mentions[k]!))));
    return found;
  };
  return mentions.map((_, at) => {
    const last = lastOf[at]!;
    if (last === at) return null;
    const tail = text.slice(mentions[last]!.span.end, Math.min(sentenceEnd, mentions[last]!.span.end + 40));
    if (!CHAIN_END.test(tail) && !(tail.length < 40 && REST_OF_SENTENCE.test(tail))) return null;
    let countries: Set<string> | null = null;
    const admin1s = new Set<string>();
    for (let k = last; k > at; k -= 1) {
      const found = readingsAt(k);
      if (found.length === 0) continue;
      // The widest name decides the countries; narrower names count only where they agree with it.
      countries ??= new Set(found.map((r) => r.countryCode));
      for (const r of found) if (r.admin1 && countries.has(r.countryCode)) admin1s.add(r.admin1);
    }
    return countries ? { countries, admin1s } : null;
  });
}
