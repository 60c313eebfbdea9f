import type { TimePrecision } from '../../core/mention.ts';
import type { Day } from './calendar.ts';

/** What the text is read against. `published` is the only "now" there is: the code never reads a clock. */
export interface Reference {
  readonly published: Day | null;
  /**
   * The reference is only known to the month ("May 2019" on an undated timeline page): it gives years to bare
   * days ("4 May"), but weekdays and "the previous day" cannot be counted from it.
   */
  readonly yearOnly: boolean;
}

/** What a parser makes of one match, before offsets are attached. */
export interface Reading {
  readonly from: Day;
  readonly to: Day;
  readonly precision: TimePrecision;
  /** Null when the text states the whole date; otherwise why part of it was inferred. */
  readonly implied: string | null;
  /** Why the reading may be wrong although it parsed ("weekday disagrees"). */
  readonly doubt?: string;
  /** How much of the match the reading covers, when less than all of it ("8 April" of "8 April, 3544 people"). */
  readonly length?: number;
}

/** A reading with its offsets into the parsed text and the parser that found it. */
export interface DateCandidate extends Reading {
  readonly start: number;
  readonly end: number;
  readonly since: boolean;
  readonly parser: string;
}

/**
 * One phrasing family. `cue` is a cheap test run once per text so that most parsers skip most sentences;
 * `pattern` must be global and linear (bounded quantifiers only between tokens).
 */
export interface DateParser {
  readonly name: string;
  readonly cue: RegExp;
  readonly pattern: RegExp;
  read(match: RegExpExecArray, ref: Reference, text: string): Reading | null;
}

/** Refiners see every candidate of one text at once and return a new list. */
export interface DateRefiner {
  readonly name: string;
  refine(candidates: readonly DateCandidate[], text: string, ref: Reference): readonly DateCandidate[];
}
