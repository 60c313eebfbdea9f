import type { EventType } from '../../src/core/taxonomy.ts';

/**
 * One colour per ACLED event type, shared by the map, the timeline and the legend. Chosen to stay apart
 * for the common colour-vision deficiencies (Okabe–Ito palette) and to read against the pale map.
 */
export const TYPE_COLOURS: Readonly<Record<EventType, string>> = {
  Battles: '#D55E00',
  'Explosions/Remote violence': '#CC79A7',
  'Violence against civilians': '#0072B2',
  Protests: '#009E73',
  Riots: '#E69F00',
  'Strategic developments': '#56B4E9',
};

export const UNTYPED_COLOUR = '#777777';

export const EVENT_TYPE_NAMES = Object.keys(TYPE_COLOURS) as EventType[];

export function colourOf(type: string | null | undefined): string {
  return (type && TYPE_COLOURS[type as EventType]) || UNTYPED_COLOUR;
}
