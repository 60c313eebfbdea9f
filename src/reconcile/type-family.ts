import type { EventType } from '../core/taxonomy.ts';

/**
 * Families of event types that coders (and extraction) confuse with one another: an air strike read as a
 * clash is still political violence, but a protest is never the same happening as a shelling.
 */
const FAMILY: Readonly<Record<EventType, string>> = {
  Battles: 'violence',
  'Explosions/Remote violence': 'violence',
  'Violence against civilians': 'violence',
  Protests: 'demonstration',
  Riots: 'demonstration',
  'Strategic developments': 'strategic',
};

/** An untyped event may be anything violent: it goes with the family most reports fall in. */
export function typeFamily(type: EventType | null): string {
  return type === null ? 'violence' : FAMILY[type];
}
