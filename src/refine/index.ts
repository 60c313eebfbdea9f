import type { Refiner } from '../core/pipeline.ts';

/** Every refiner, in order. */
export const REFINERS: readonly Refiner[] = [];
