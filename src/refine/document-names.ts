import type { Mention, PlaceMention } from '../core/mention.ts';
import type { Gazetteer } from '../geo/gazetteer.ts';
import { CUED_SCORE, TENTATIVE_SCORE } from '../extract/places/place-mention.ts';
import { namedPeople } from './person-surnames.ts';

// Words before a name that make it a place whoever else bears the name: "in Douglas", "from Davis".
const LOCATIVE = /\b(?:in|at|near|from|to|into|outside|of|across|around|toward|towards|through|between|and)\s+$/i;

/**
 * What the whole document says about a name that one sentence could not settle:
 * - a name opening a sentence is read tentatively ("Among", "Chiefland man, 19, stabbed"); it is kept when the
 *   same name is read as a place elsewhere in the report;
 * - a bare family name of a person the report names in full ("Durr pulled out a knife" after "Michael Durr") is
 *   no town, unless the words before it place it ("in Davis").
 */
export function documentNames(text: string, gazetteer: Gazetteer, mentions: readonly (readonly Mention[])[], core: (m: PlaceMention) => string): (readonly Mention[])[] {
  const places = mentions.flat().filter((m): m is PlaceMention => m.kind === 'place');
  const tentative = places.some((m) => m.score === TENTATIVE_SCORE);
  const singles = places.filter((m) => m.level === 'town' && m.score < CUED_SCORE && !core(m).includes(' '));
  const people = singles.length > 0 ? namedPeople(text, gazetteer) : [];
  if (!tentative && people.length === 0) return mentions as (readonly Mention[])[];
  const firstNamed = new Map<string, number>();
  for (const p of people) if (!firstNamed.has(p.surname)) firstNamed.set(p.surname, p.start);
  const confirmed = new Set(places.filter((m) => m.level === 'town' && m.score !== TENTATIVE_SCORE).map((m) => core(m).toLowerCase()));
  const keep = (m: PlaceMention): boolean => {
    const name = core(m).toLowerCase();
    if (m.score === TENTATIVE_SCORE && !confirmed.has(name)) return false;
    const person = firstNamed.get(name);
    if (person === undefined || m.level !== 'town' || m.score >= CUED_SCORE || m.span.start < person) return true;
    return LOCATIVE.test(text.slice(Math.max(0, m.span.start - 12), m.span.start));
  };
  return mentions.map((list) => list.filter((m) => m.kind !== 'place' || keep(m)));
}
