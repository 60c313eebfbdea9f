/**
 * How likely a place is to be the one a report means when nothing else decides: capitals and seats of
 * administration first, then size. Used to order candidates that match a name equally well.
 */
const FEATURE_BONUS: Readonly<Record<string, number>> = {
  PPLC: 3,
  PPLA: 2,
  PPLA2: 1,
  PPLA3: 0.5,
  PPLA4: 0.25,
  ADM1: 2,
  ADM2: 1,
};

export function placeProminence(feature: string, population: number): number {
  return Math.log10(Math.max(population, 0) + 1) + (FEATURE_BONUS[feature] ?? 0);
}
