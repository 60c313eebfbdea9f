import type { Refiner } from '../core/pipeline.ts';
import { assembleEvents } from './assemble-events.ts';
import { dropBackground } from './drop-background.ts';

/** Every refiner, in order: places are resolved before events are assembled from them. */
export const REFINERS: readonly Refiner[] = [assembleEvents, dropBackground];
