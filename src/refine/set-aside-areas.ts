import type { Refiner } from '../core/pipeline.ts';

/**
 * "Bird flu has spread across Europe": a continent or world region is a place the report names, but no place an
 * event happens at (it has no country, let alone a point). Events are assembled from the other places only.
 */
export const setAsideAreas: Refiner = {
  name: 'set-aside-areas',
  refine(_ctx, state) {
    const mentions = state.mentions.map((list) => (list.some((m) => m.kind === 'place' && m.level === 'area') ? list.filter((m) => m.kind !== 'place' || m.level !== 'area') : list));
    return { ...state, mentions };
  },
};
