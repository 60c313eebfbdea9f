import type { Refiner } from '../core/pipeline.ts';
import { assembleEvents } from './assemble-events.ts';
import { dropBackground } from './drop-background.ts';
import { dropOverlaps } from './drop-overlaps.ts';

/** Every refiner, in order. */
export const REFINERS: readonly Refiner[] = [
  // Mentions first: a word read as a date is not also a trigger.
  dropOverlaps,
  assembleEvents,
  // Needs the assembled dates and figures.
  dropBackground,
];
