import type { Refiner } from '../core/pipeline.ts';
import { assembleEvents } from './assemble-events.ts';
import { dropBackground } from './drop-background.ts';
import { dropOverlaps } from './drop-overlaps.ts';
import { reportProblems } from './report-problems.ts';
import { resolvePlaces } from './resolve-places.ts';
import { setAsideAreas } from './set-aside-areas.ts';

/** Every refiner, in order. */
export const REFINERS: readonly Refiner[] = [
  // Places are chosen with the whole document in view before anything reads them.
  resolvePlaces,
  // Continents and world regions are places a report names, never where an event happened.
  setAsideAreas,
  // A word read as a date or a place is not also a trigger.
  dropOverlaps,
  assembleEvents,
  // Needs the assembled dates and figures.
  dropBackground,
  // Reads the text only; last so that it never changes what the others decide.
  reportProblems,
];
