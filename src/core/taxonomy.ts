import { z } from 'zod';

/** ACLED's event types and sub-event types, spelled exactly as in ACLED's category table. */
export const TAXONOMY = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
} as const;

export type EventType = keyof typeof TAXONOMY;
export type SubEventType = (typeof TAXONOMY)[EventType][number];

export const EVENT_TYPES = Object.keys(TAXONOMY) as EventType[];
export const SUB_EVENT_TYPES = Object.values(TAXONOMY).flat() as SubEventType[];

export const EventTypeSchema = z.enum(EVENT_TYPES as [EventType, ...EventType[]]);
export const SubEventTypeSchema = z.enum(SUB_EVENT_TYPES as [SubEventType, ...SubEventType[]]);

export function eventTypeOf(sub: SubEventType): EventType {
  for (const type of EVENT_TYPES) {
    if ((TAXONOMY[type] as readonly string[]).includes(sub)) return type;
  }
  throw new Error(`unknown sub-event type ${sub}`);
}

/** ACLED actor `inter` codes. */
export const INTER = {
  none: 0,
  state: 1,
  rebels: 2,
  'political militia': 3,
  'identity militia': 4,
  rioters: 5,
  protesters: 6,
  civilians: 7,
  external: 8,
} as const;

export type InterName = keyof typeof INTER;
export type InterCode = (typeof INTER)[InterName];

export function interName(code: number): InterName | null {
  for (const [name, value] of Object.entries(INTER)) if (value === code) return name as InterName;
  return null;
}
