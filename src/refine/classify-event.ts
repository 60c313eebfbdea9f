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
const FIGHTING = new Set(['shoot-out', 'shoot out', 'encounter', 'encounters', 'returned fire', 'responded with fire', 'responded with gunfire', 'crossfire', 'cross-fire', 'exchanged shots', 'exchange of gunfire', 'gun fight', 'armed confrontation', 'confrontation', 'confrontations', 'shelling exchange', 'clash', 'clashes', 'clashed', 'clashing', 'armed clash', 'armed clashes', 'fighting', 'fought', 'battle', 'battles', 'battled', 'firefight', 'gunfight', 'gun battle', 'exchange of fire', 'exchanged fire', 'exchanges of fire', 'skirmish', 'skirmishes', 'heavy fighting', 'fierce fighting', 'fierce clashes', 'intense clashes', 'shootout', 'exchanged gunfire', 'ambush', 'ambushed', 'ground offensive', 'launched an offensive', 'launched a ground offensive', 'launched a military offensive', 'launched an assault', 'launched a major offensive']);

const LABEL_WEIGHT = 20;
const GENERIC_WEIGHT = 3;
/** Signs that the people fighting carried arms. */
const ARMS = /\b(?:armed|arms|guns?|gunfire|gunmen|fire|firing|fired|shoot\w*|shot|rifles?|weapons?|militia\w*|militants?|rebels?|insurgents?|soldiers?|troops|police|personnel|forces|fighters|shooters|rpgs?|mortars?|grenades?|firefight|ambush\w*|[A-Z]{2,}[\w-]*)\b/;
/** Violence done to people in custody or while being seized: ACLED codes the violence, not the arrest. */
const MISTREATMENT = /\b(?:assault\w*|tortur\w*|beat(?:en|ing)?|shot|fired (?:at|on)|killed|stabb\w*|raped|slapped|kicked|whipped|lashed|abused|died)\b/i;
const ARSON = /\b(?:set (?:fire|ablaze)|torch\w*|burn\w* (?:down )?(?:\w+ ){0,3}(?:houses|homes|villages?|shops|buildings|property|huts|vehicles))\b/i;
const NON_VIOLENT = /\b(?:no (?:clashes|fighting|resistance)|without (?:a fight|fighting|resistance|clashes)|handed over|withdrew|peacefully)\b/i;
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
/** Targets that make an attack a fight between armed sides rather than violence against civilians. */
const ARMED_TARGET = /\b(?:attack\w*|opened fire|fired|shot|ambush\w*|raid\w*|stormed)\b(?:(?!\bby\b)[^.;]){0,40}?\b(?:police|policem[ae]n|soldiers?|troops|army|military|base|checkpoint|post|outpost|positions?|barracks|convoy|patrol|forces|militants?|fighters|rebels|gunmen|members of (?:the |a )?(?:rival|security|armed)|rival (?:gang|group)|\w+ (?:gang|cartel) members?)\b/i;
/** "police officers were shot at", "soldiers were ambushed": an armed target named before a passive verb. */
const ARMED_VICTIM = /\b(?:police(?:men| officers)?|officers|soldiers|troops|guards|militiamen|fighters|militants|members of (?:a |the )?(?:rival|armed)\b[^.;]{0,30})\s+(?:were|was)\s+(?:\w+\s+)?(?:shot|attacked|ambushed|fired (?:at|on)|targeted)\b|\b(?:check ?post|checkpoint|outpost|military post|police post|police station|army base|military base)\b/i;

/** ACLED counts off-duty and former security personnel as civilians. */
const OFF_DUTY = /\b(?:off-duty|off duty|former|retired|ex-\w+|on leave|unarmed)\b/i;
/** Unarmed crowds: when they are the ones doing violence, ACLED codes mob violence or a violent demonstration. */
const CROWD = /\b(?:villagers|residents|locals|local people|people|crowds?|mobs?|youths?|motorists|traders|merchants|vendors|community members|relatives|family members|supporters|students|workers|farmers|rioters|a group of (?:\w+ ){0,2}(?:people|men|residents|villagers|youths|locals|individuals|persons|refugees|supporters|students|women))\b/i;
const VIOLENT_ACT = /\b(?:beat\w*|lynch\w*|attack\w*|assault\w*|killed|stoned|set (?:fire|ablaze)|torched|burn\w*|clash\w*|captured|chased|vandali[sz]\w*|damag\w*|destroy\w*|injur\w*|hack\w*|stabb\w*)\b/i;

/** "villagers beat a suspected thief": an unarmed crowd is the subject of the violence. */
function crowdViolence(text: string): boolean {
  const crowd = CROWD.exec(text);
  const act = VIOLENT_ACT.exec(text);
  return crowd !== null && act !== null && crowd.index < act.index && act.index - crowd.index < 80 && !/\bby\b/i.test(text.slice(crowd.index - 4, crowd.index));
}

export function classifyEvent(
  text: string,
  opening: readonly Mention[],
  figures: EventFigures,
  all: readonly Mention[] = opening,
): Classification {
  const first = opening.some((m) => m.kind === 'trigger') ? classifyMentions(text, opening, figures, all) : null;
  // A lede's generic word ("an attack has killed ...") yields to the weapon the account names later.
  return first && first.trigger && first.trigger.weight > GENERIC_WEIGHT ? first : classifyMentions(text, all, figures, all);
}

function classifyMentions(text: string, mentions: readonly Mention[], figures: EventFigures, all: readonly Mention[]): Classification {
  const triggers = mentionsOf(mentions, 'trigger');
  const actors = mentionsOf(all, 'actor');
  let from = all.length ? Number.POSITIVE_INFINITY : 0;
  let to = 0;
  for (const m of all) {
    if (m.span.start < from) from = m.span.start;
    if (m.span.end > to) to = m.span.end;
  }
  const eventText = text.slice(from, to);
  const armed = actors.filter((a) => (a.inter >= 1 && a.inter <= 4) || a.inter === 8);
  const sides = new Set(armed.map((a) => `${a.name}/${a.country ?? ''}`));
  const killed = figures.killed?.best ?? 0;
  const combatantVictims = figures.victimGroups.has('combatants') || figures.breakdown.combatants !== undefined;
  const offDuty = OFF_DUTY.test(eventText);
  const armedClash = !offDuty && (sides.size >= 2 || combatantVictims || ARMED_TARGET.test(eventText) || ARMED_VICTIM.test(eventText));
  const armedFirst = armed.length > 0 && (mentions.find((m) => m.kind === 'actor') ?? null) === armed[0];
  const mob = !armedFirst && crowdViolence(eventText);

  // A coder's own label ("Weapons seizure: ...") settles it.
  const label = triggers.find((t) => t.weight >= LABEL_WEIGHT);
  if (label) return result(label, label.eventType, label.subEventType, `labelled "${label.word}"`);

  const protest = strongest(triggers, 'Protests');
  // Violence anywhere in a demonstration's account makes it a riot, not only in its opening sentence.
  const riot = strongest(mentionsOf(all, 'trigger'), 'Riots');
  const hurt = killed > 0 || figures.wounded !== null;
  if (riot && armedFirst && !protest && ARSON.test(eventText)) {
    return result(riot, 'Strategic developments', 'Looting/property destruction', 'armed men burned property');
  }
  if (protest && protest.weight >= 5) {
    if (riot && riot.subEventType === 'Mob violence') return result(riot, 'Riots', 'Mob violence', `mob words: "${riot.word}"`);
    if ((riot && riot.weight >= 6) || /\bclash\w* with (?:the )?(?:police|security|soldiers|army)/i.test(eventText)) {
      return result(riot ?? protest, 'Riots', 'Violent demonstration', 'demonstrators turned violent');
    }
    if (killed > 0 && FORCE.test(eventText)) {
      return result(protest, 'Protests', 'Excessive force against protesters', 'protesters killed by force');
    }
    if (INTERVENTION.test(eventText)) return result(protest, 'Protests', 'Protest with intervention', 'protest met by the authorities');
    return result(protest, 'Protests', 'Peaceful protest', `protest: "${protest.word}"`);
  }

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
  if (territory && NON_VIOLENT.test(eventText) && !fighting) {
    return result(territory, 'Strategic developments', 'Non-violent transfer of territory', 'taken without fighting');
  }
  if (territory && (armed.length > 0 || fighting)) {
    const first = armed[0];
    const sub = first ? (first.inter === 1 ? 'Government regains territory' : 'Non-state actor overtakes territory') : territory.subEventType;
    return result(territory, 'Battles', sub, `territory: "${territory.word}"`);
  }
  // Unarmed people fighting each other (party cadres, neighbours, communities) is mob violence, not a battle.
  if (fighting && armed.length === 0 && killed === 0 && !ARMS.test(eventText)) {
    return result(fighting, 'Riots', 'Mob violence', 'people without arms fought');
  }
  if (fighting && sides.size < 2 && mob) return result(fighting, 'Riots', 'Violent demonstration', 'an unarmed crowd fought');
  if (fighting) return result(fighting, 'Battles', 'Armed clash', `fighting: "${fighting.word}"`);
  const attempt = triggers.find(
    (t) => t.eventType === 'Battles' && t.subEventType !== 'Armed clash' && ATTEMPT.test(text.slice(Math.max(0, t.span.start - 24), t.span.start)),
  );
  if (attempt && armed.length > 0) return result(attempt, 'Battles', 'Armed clash', `attempt on territory: "${attempt.word}"`);
  const disrupted = triggers.find((t) => t.subEventType === 'Disrupted weapons use');
  if (disrupted && !hurt) return result(disrupted, 'Strategic developments', 'Disrupted weapons use', `"${disrupted.word}"`);
  if (remote) return result(remote, 'Explosions/Remote violence', remote.subEventType, `remote violence: "${remote.word}"`);
  const vac = strongest(triggers, 'Violence against civilians');
  const arrests = triggers.find((t) => t.subEventType === 'Arrests');
  if (arrests && !hurt && !MISTREATMENT.test(eventText)) {
    // Only a state arrests; anyone else who seizes people abducts them.
    const captor = armed[0];
    if (captor && captor.inter !== 1 && captor.inter !== 8) {
      return result(arrests, 'Violence against civilians', 'Abduction/forced disappearance', 'seized by a non-state group');
    }
    return result(arrests, 'Strategic developments', 'Arrests', `"${arrests.word}"`);
  }
  if (mob && (vac || riot)) return result(riot ?? vac, 'Riots', 'Mob violence', 'an unarmed crowd attacked');
  if ((battle || (vac && vac.subEventType === 'Attack')) && armedClash && armed.length > 0) {
    return result(battle ?? vac, 'Battles', 'Armed clash', 'armed sides fought (armed targets or combatant victims)');
  }

  if (riot) return result(riot, 'Riots', riot.subEventType, `riot: "${riot.word}"`);
  if (vac && vac.subEventType !== 'Attack') return result(vac, 'Violence against civilians', vac.subEventType, `"${vac.word}"`);
  // Weaker demonstration words ("gathered to demand") count when nobody was hurt.
  if (protest && killed === 0 && !figures.wounded && !armedFirst) {
    const sub = INTERVENTION.test(eventText) ? 'Protest with intervention' : 'Peaceful protest';
    return result(protest, 'Protests', sub, `demonstration: "${protest.word}"`);
  }
  const strategic = strongest(triggers, 'Strategic developments');
  if (vac && (killed > 0 || figures.wounded || !strategic || vac.weight >= strategic.weight)) {
    return result(vac, 'Violence against civilians', 'Attack', `attack: "${vac.word}"`);
  }
  if (strategic) return result(strategic, 'Strategic developments', strategic.subEventType, `"${strategic.word}"`);
  if (battle) return result(battle, 'Battles', 'Armed clash', `battle: "${battle.word}"`);
  if (combatantVictims) return result(null, 'Battles', 'Armed clash', 'combatants killed');
  return result(null, 'Violence against civilians', 'Attack', 'people killed or hurt, no other cue');
}
