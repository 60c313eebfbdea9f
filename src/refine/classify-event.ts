import type { Mention, TriggerMention } from '../core/mention.ts';
import type { EventType, SubEventType } from '../core/taxonomy.ts';
import { mentionsOf } from './event-draft.ts';
import type { EventFigures } from './event-figures.ts';

export interface Classification {
  readonly eventType: EventType;
  readonly subEventType: SubEventType;
  readonly reason: string;
  readonly trigger: TriggerMention | null;
}

/** Words that show the authorities stepped in at a protest. */
const INTERVENTION = /\b(?:dispers\w*|tear ?gas|water cannon|rubber bullets|arrest\w*|detain\w*|beat\w*|baton\w*|broke up|clash\w* with (?:police|security)|intervened|prevented|stopped|blocked|cordon\w*|pepper spray|stun grenades?|live ammunition|live bullets|fired (?:in the air|warning shots))\b/i;
const FORCE = /\b(?:shot|opened fire|killed|killing|live ammunition|live bullets|gunfire)\b/i;
/** Explicit fighting words: with these, air strikes and shelling are part of a battle. */
const FIGHTING = new Set(['clash', 'clashes', 'clashed', 'clashing', 'armed clash', 'armed clashes', 'fighting', 'fought', 'battle', 'battles', 'battled', 'firefight', 'gunfight', 'gun battle', 'exchange of fire', 'exchanged fire', 'exchanges of fire', 'skirmish', 'skirmishes', 'heavy fighting', 'fierce fighting', 'fierce clashes', 'intense clashes', 'shootout', 'exchanged gunfire', 'ambush', 'ambushed']);

const ATTEMPT = /\b(?:tried|trying|tries|attempt|attempted|attempting|bid|failed|sought|seeking|push|pushing|aiming|aim) (?:to )?$/i;

function strongest(triggers: readonly TriggerMention[], type?: EventType): TriggerMention | null {
  let best: TriggerMention | null = null;
  for (const t of triggers) if ((!type || t.eventType === type) && (!best || t.weight > best.weight)) best = t;
  return best;
}

function result(t: TriggerMention | null, eventType: EventType, subEventType: SubEventType, reason: string): Classification {
  return { eventType, subEventType, reason, trigger: t };
}

/**
 * ACLED's type and sub-type from the event's trigger words, actors and victims, following ACLED's precedence:
 * demonstrations first, then fighting (air strikes within it included), remote violence (even when civilians die),
 * direct violence against civilians, and strategic developments last.
 */
export function classifyEvent(text: string, mentions: readonly Mention[], figures: EventFigures): Classification {
  const triggers = mentionsOf(mentions, 'trigger');
  const actors = mentionsOf(mentions, 'actor');
  const sentenceText = triggers.length ? text.slice(Math.min(...mentions.map((m) => m.span.start)), Math.max(...mentions.map((m) => m.span.end))) : '';
  const armed = actors.filter((a) => a.inter >= 1 && a.inter <= 4 || a.inter === 8);
  const killed = figures.killed?.best ?? 0;
  const combatantsKilled = figures.killedGroup === 'combatants' || figures.breakdown.combatants !== undefined;

  const protest = strongest(triggers, 'Protests');
  const riot = strongest(triggers, 'Riots');
  if (protest || (riot && actors.some((a) => a.inter === 5))) {
    if (riot && riot.subEventType === 'Mob violence') return result(riot, 'Riots', 'Mob violence', `mob words: "${riot.word}"`);
    if (riot && riot.weight >= 6) return result(riot, 'Riots', 'Violent demonstration', `violent demonstration: "${riot.word}"`);
    if (protest && killed > 0 && FORCE.test(sentenceText)) {
      return result(protest, 'Protests', 'Excessive force against protesters', 'protesters killed by force');
    }
    if (protest && INTERVENTION.test(sentenceText)) return result(protest, 'Protests', 'Protest with intervention', 'protest met by the authorities');
    if (protest) return result(protest, 'Protests', 'Peaceful protest', `protest: "${protest.word}"`);
  }
  if (riot) return result(riot, 'Riots', riot.subEventType, `riot: "${riot.word}"`);

  const chemical = triggers.find((t) => t.subEventType === 'Chemical weapon');
  if (chemical) return result(chemical, 'Explosions/Remote violence', 'Chemical weapon', `chemical: "${chemical.word}"`);
  const suicide = triggers.find((t) => t.subEventType === 'Suicide bomb');
  if (suicide) return result(suicide, 'Explosions/Remote violence', 'Suicide bomb', `suicide: "${suicide.word}"`);

  const battle = strongest(triggers, 'Battles');
  const remote = strongest(triggers, 'Explosions/Remote violence');
  const fighting = triggers.find((t) => FIGHTING.has(t.word));
  // "tried to recapture" is fighting over territory, not a change of hands.
  const territory = triggers.find(
    (t) => t.subEventType !== 'Armed clash' && t.eventType === 'Battles' && !ATTEMPT.test(text.slice(Math.max(0, t.span.start - 24), t.span.start)),
  );
  if (territory && (armed.length > 0 || fighting)) {
    const first = armed[0];
    const sub = first ? (first.inter === 1 ? 'Government regains territory' : 'Non-state actor overtakes territory') : territory.subEventType;
    return result(territory, 'Battles', sub, `territory: "${territory.word}"`);
  }
  if (fighting) return result(fighting, 'Battles', 'Armed clash', `fighting: "${fighting.word}"`);
  const attempt = triggers.find((t) => t.eventType === 'Battles' && t.subEventType !== 'Armed clash');
  if (attempt) return result(attempt, 'Battles', 'Armed clash', `attempt on territory: "${attempt.word}"`);
  if (remote) return result(remote, 'Explosions/Remote violence', remote.subEventType, `remote violence: "${remote.word}"`);
  if (battle && (armed.length > 0 || combatantsKilled)) return result(battle, 'Battles', 'Armed clash', `battle: "${battle.word}"`);

  const vac = strongest(triggers, 'Violence against civilians');
  if (vac && vac.subEventType !== 'Attack') return result(vac, 'Violence against civilians', vac.subEventType, `"${vac.word}"`);
  const strategic = strongest(triggers, 'Strategic developments');
  if (vac && combatantsKilled && armed.length > 0) return result(vac, 'Battles', 'Armed clash', 'combatants killed in an attack');
  if (vac && (killed > 0 || figures.wounded || !strategic || vac.weight >= strategic.weight)) {
    return result(vac, 'Violence against civilians', 'Attack', `attack: "${vac.word}"`);
  }
  if (strategic) return result(strategic, 'Strategic developments', strategic.subEventType, `"${strategic.word}"`);
  if (battle) return result(battle, 'Battles', 'Armed clash', `battle: "${battle.word}"`);
  if (combatantsKilled) return result(null, 'Battles', 'Armed clash', 'combatants killed');
  return result(null, 'Violence against civilians', 'Attack', 'people killed or hurt, no other cue');
}
