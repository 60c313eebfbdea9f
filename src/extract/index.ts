import type { Extractor } from '../core/pipeline.ts';
import { actorNames } from './actors/actor-names.ts';
import { casualtyCount } from './casualties/casualty-count.ts';
import { codedFatalities } from './casualties/coded-fatalities.ts';
import { noCasualties } from './casualties/no-casualties.ts';
import { attackCounts } from './counts/attack-counts.ts';
import { dates } from './dates/index.ts';
import { placeNames } from './places/place-names.ts';
import { reporterNames } from './reporters/reporter-names.ts';
import { speakerPhrases } from './reporters/speaker-phrases.ts';
import { eventTriggers } from './triggers/event-triggers.ts';
import { leadLabels } from './triggers/lead-labels.ts';

/** Every extractor. Each reads one sentence on its own, so order does not matter here: refiners merge. */
export const EXTRACTORS: readonly Extractor[] = [
  dates,
  placeNames,
  eventTriggers,
  leadLabels,
  casualtyCount,
  noCasualties,
  codedFatalities,
  attackCounts,
  actorNames,
  reporterNames,
  speakerPhrases,
];
