import type { SubEventType } from '../core/taxonomy.ts';

export interface NoteFacts {
  readonly date: string | null;
  readonly dateEnd: string | null;
  readonly actor1: string | null;
  readonly actor2: string | null;
  readonly subEventType: SubEventType | null;
  readonly location: string | null;
  readonly admin1: string | null;
  readonly killed: number | null;
  readonly killedQualifier: string | null;
  readonly wounded: number | null;
  readonly none: 'none' | 'unknown' | null;
  readonly reporters: readonly string[];
  readonly aggregate: boolean;
}

const VERBS: Readonly<Partial<Record<SubEventType, string>>> = {
  'Armed clash': 'clashed with',
  'Government regains territory': 'regained territory from',
  'Non-state actor overtakes territory': 'took territory from',
  'Air/drone strike': 'carried out air strikes on',
  'Shelling/artillery/missile attack': 'shelled',
  'Remote explosive/landmine/IED': 'set off an explosive device against',
  'Suicide bomb': 'carried out a suicide bombing against',
  Grenade: 'threw a grenade at',
  'Chemical weapon': 'used a chemical weapon against',
  Attack: 'attacked',
  'Abduction/forced disappearance': 'abducted',
  'Sexual violence': 'sexually assaulted',
  'Peaceful protest': 'demonstrated',
  'Protest with intervention': 'demonstrated and were met by',
  'Excessive force against protesters': 'demonstrated and were fired on by',
  'Violent demonstration': 'rioted, confronting',
  'Mob violence': 'attacked',
  Arrests: 'arrested',
  Agreement: 'reached an agreement with',
  'Change to group/activity': 'changed activity, involving',
  'Disrupted weapons use': 'disrupted weapons use by',
  'Looting/property destruction': 'looted or destroyed property of',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

function place(f: NoteFacts): string {
  if (f.location && f.admin1 && f.location !== f.admin1) return ` in ${f.location} (${f.admin1})`;
  if (f.location ?? f.admin1) return ` in ${f.location ?? f.admin1}`;
  return '';
}

function toll(f: NoteFacts): string {
  const parts: string[] = [];
  if (f.killed !== null) parts.push(`${f.killedQualifier ? `${f.killedQualifier} ` : ''}${f.killed} killed`);
  if (f.wounded !== null) parts.push(`${f.wounded} wounded`);
  if (parts.length > 0) return `; ${parts.join(', ')}`;
  if (f.none === 'none') return '; no casualties reported';
  if (f.none === 'unknown') return '; casualties unknown';
  return '';
}

/** A one-sentence ACLED-style summary, written by sitrep from the event's fields (not copied from the report). */
export function writeNotes(f: NoteFacts): string {
  const when = !f.date
    ? 'On an unstated date'
    : f.aggregate && f.dateEnd && f.dateEnd !== f.date
      ? `Between ${longDate(f.date)} and ${longDate(f.dateEnd)}`
      : `On ${longDate(f.date)}`;
  const who = f.actor1 ?? 'unidentified actors';
  const verb = (f.subEventType && VERBS[f.subEventType]) ?? 'were involved in an event with';
  const whom = f.actor2 ?? (verb.endsWith('with') || verb.endsWith('by') || verb.endsWith('of') || verb.endsWith('on') || verb.endsWith('against') || verb.endsWith('from') || verb.endsWith('confronting') || verb.endsWith('involving') ? 'unidentified actors' : '');
  const head = f.aggregate ? `${when}, a cumulative toll was reported${place(f)}` : `${when}, ${who} ${verb}${whom ? ` ${whom}` : ''}${place(f)}`;
  const by = f.reporters.length > 0 ? ` (reported by ${f.reporters.join(', ')})` : '';
  return `${head}${toll(f)}${by}.`;
}
