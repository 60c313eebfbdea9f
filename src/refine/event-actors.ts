import type { ActorMention, Mention } from '../core/mention.ts';
import type { EventType } from '../core/taxonomy.ts';
import type { Gazetteer } from '../geo/gazetteer.ts';
import { spanIndex } from '../core/span-index.ts';
import { mentionsOf } from './event-draft.ts';
import type { EventFigures } from './event-figures.ts';

export interface Side {
  readonly name: string;
  readonly inter: number;
  readonly mention: ActorMention | null;
}

export interface EventActors {
  readonly actor1: Side | null;
  readonly actor2: Side | null;
}

const CIVILIAN_GROUPS = new Set(['civilians', 'children', 'women', 'people', 'men', 'medics', 'journalists']);

function countryName(gazetteer: Gazetteer, code: string | null): string | null {
  return code ? (gazetteer.country(code)?.name ?? code) : null;
}

/** ACLED names state forces by country, and counts a state's forces abroad as external (8). */
function sideOf(a: ActorMention, eventCountry: string | null, gazetteer: Gazetteer): Side {
  const country = a.country ?? (a.inter === 1 ? eventCountry : null);
  let name = a.name;
  if (name === 'State forces') name = country ? `Military Forces of ${countryName(gazetteer, country)}` : 'Military Forces';
  else name = name.replace(/Forces of ([A-Z]{2})$/, (_, code: string) => `Forces of ${countryName(gazetteer, code)}`);
  const foreign = a.inter === 1 && country !== null && eventCountry !== null && country !== eventCountry;
  return { name, inter: foreign ? 8 : a.inter, mention: a };
}

function generic(label: string, inter: number, eventCountry: string | null, gazetteer: Gazetteer): Side {
  const country = countryName(gazetteer, eventCountry);
  return { name: country ? `${label} (${country})` : label, inter, mention: null };
}

/** Who did it and to whom, as ACLED codes the two sides for each kind of event. */
export function eventActors(
  type: EventType,
  mentions: readonly Mention[],
  context: readonly Mention[],
  figures: EventFigures,
  eventCountry: string | null,
  gazetteer: Gazetteer,
): EventActors {
  const isReporter = spanIndex(mentionsOf(mentions, 'reporter').map((r) => r.span));
  const usable = (list: readonly Mention[]) => mentionsOf(list, 'actor').filter((a) => !isReporter(a.span));
  const actors = usable(mentions);
  const armed = actors.filter((a) => a.inter !== 6 && a.inter !== 7 && a.inter !== 5 && a.role !== 'victim');
  const first = armed[0] ? sideOf(armed[0], eventCountry, gazetteer) : null;
  const differs = (a: ActorMention) => first === null || sideOf(a, eventCountry, gazetteer).name !== first.name;
  const civiliansHit =
    (figures.killedGroup !== null && CIVILIAN_GROUPS.has(figures.killedGroup)) ||
    actors.some((a) => a.inter === 7) ||
    Object.keys(figures.breakdown).some((g) => g !== 'combatants');

  switch (type) {
    case 'Protests': {
      const police = armed.find((a) => a.inter === 1);
      return {
        actor1: generic('Protesters', 6, eventCountry, gazetteer),
        actor2: police ? sideOf(police, eventCountry, gazetteer) : null,
      };
    }
    case 'Riots': {
      const other = armed.find((a) => a.inter === 1) ?? actors.find((a) => a.inter === 7);
      return {
        actor1: generic('Rioters', 5, eventCountry, gazetteer),
        actor2: other ? sideOf(other, eventCountry, gazetteer) : null,
      };
    }
    case 'Battles': {
      const opponent = armed.find(differs) ?? usable(context).find((a) => a.inter !== 7 && a.inter !== 6 && differs(a));
      return { actor1: first, actor2: opponent ? sideOf(opponent, eventCountry, gazetteer) : null };
    }
    case 'Explosions/Remote violence':
    case 'Violence against civilians': {
      const victims = civiliansHit ? generic('Civilians', 7, eventCountry, gazetteer) : null;
      const target = armed.find(differs);
      // An unattributed strike is most likely by whoever the report has just been describing as striking.
      const attacker = usable(context).find((a) => a.inter !== 7 && a.inter !== 6 && a.inter !== 5 && a.role !== 'victim');
      return {
        actor1: first ?? (attacker ? sideOf(attacker, eventCountry, gazetteer) : null),
        actor2: victims ?? (target ? sideOf(target, eventCountry, gazetteer) : null),
      };
    }
    default: {
      const second = armed.find(differs) ?? actors.find((a) => a.inter === 7 || a.inter === 6);
      return { actor1: first, actor2: second ? sideOf(second, eventCountry, gazetteer) : null };
    }
  }
}
