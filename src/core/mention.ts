import type { Span } from './span.ts';
import type { EventType, InterCode, SubEventType } from './taxonomy.ts';

/** A figure as stated: "more than 100" is low 100 with qualifier "more than". */
export interface Figure {
  readonly low: number;
  readonly best: number;
  readonly high: number | null;
  readonly qualifier: Qualifier | null;
}

export type Qualifier =
  | 'more than'
  | 'at least'
  | 'about'
  | 'up to'
  | 'almost'
  | 'fewer than'
  | 'an estimated'
  | 'dozens'
  | 'hundreds'
  | 'thousands'
  | 'several'
  | 'some';

/** ACLED time_precision: 1 day, 2 week, 3 month (or wider). */
export type TimePrecision = 1 | 2 | 3;

export interface DateMention {
  readonly kind: 'date';
  readonly span: Span;
  readonly start: string;
  readonly end: string;
  readonly precision: TimePrecision;
  /** "since late April": the range runs from the date to the publication date. */
  readonly since: boolean;
  /** Part of the date came from the publication date rather than the text. */
  readonly implied: string | null;
  /** Why the reading may be wrong although it parsed, e.g. the stated weekday does not match the date. */
  readonly doubt?: string;
}

export type Outcome = 'killed' | 'wounded' | 'displaced' | 'missing' | 'arrested' | 'abducted';

export type VictimGroup =
  | 'people'
  | 'civilians'
  | 'children'
  | 'women'
  | 'men'
  | 'medics'
  | 'combatants'
  | 'journalists';

export interface CasualtyMention {
  readonly kind: 'casualty';
  readonly span: Span;
  readonly outcome: Outcome;
  readonly figure: Figure;
  readonly group: VictimGroup;
  /** The side the victims belong to, when named ("regime troops"). */
  readonly side: string | null;
  /** "Among the slain were 9 children": a breakdown of an earlier total. */
  readonly partOf: boolean;
  /** "Another 21": adds to an earlier report rather than restating it. */
  readonly additional: boolean;
  /** "12 soldiers and 4 militiamen": counted together with the figure just before it in the same list. */
  readonly joined?: boolean;
  /** "No casualties", "casualties unknown". */
  readonly none?: 'none' | 'unknown';
  /**
   * A coder's decision rather than a count ("fatalities coded as 3", "20 fatalities split across 6 events"):
   * the event's conservative `fatalities`, never added to the dead.
   */
  readonly coded?: number;
  /** "The death toll rose to 48": the running total, which supersedes a lower figure told before it. */
  readonly toll?: boolean;
}

export type CountKind =
  | 'airstrikes'
  | 'rockets'
  | 'shells'
  | 'barrel_bombs'
  | 'missiles'
  | 'drones'
  | 'localities_attacked'
  | 'crop_fires'
  | 'facilities_medical'
  | 'facilities_schools'
  | 'houses';

export interface CountMention {
  readonly kind: 'count';
  readonly span: Span;
  readonly what: CountKind;
  readonly figure: Figure;
}

export interface ActorMention {
  readonly kind: 'actor';
  readonly span: Span;
  /** The name ACLED-style coders would write ("Military Forces of Syria"). */
  readonly name: string;
  readonly inter: InterCode;
  readonly country: string | null;
  /** Whether the phrase names attackers, victims or could be either. */
  readonly role: 'perpetrator' | 'victim' | 'any';
}

export interface TriggerMention {
  readonly kind: 'trigger';
  readonly span: Span;
  readonly eventType: EventType;
  readonly subEventType: SubEventType;
  /** Higher wins when several triggers compete for one event. */
  readonly weight: number;
  readonly word: string;
}

export interface ReporterMention {
  readonly kind: 'reporter';
  readonly span: Span;
  readonly name: string;
  readonly type: ReporterType;
}

export type ReporterType =
  | 'rescue NGO'
  | 'monitor'
  | 'state media'
  | 'party to the conflict'
  | 'UN'
  | 'wire agency'
  | 'media'
  | 'government'
  | 'medical'
  | 'unnamed'
  | 'other';

export type GeoPrecision = 1 | 2 | 3;

export interface PlaceMention {
  readonly kind: 'place';
  readonly span: Span;
  readonly name: string;
  readonly placeId: string | null;
  /** The country's name as the gazetteer spells it; `iso3` is its code. */
  readonly country: string | null;
  readonly iso3: string | null;
  readonly admin1: string | null;
  readonly admin2: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  /** What the mention names: a town, an admin unit, a region of one, a country, a continent or world region. */
  readonly level: 'town' | 'admin2' | 'admin1' | 'region' | 'country' | 'area';
  readonly feature: string | null;
  readonly score: number;
}

export type Mention =
  | DateMention
  | CasualtyMention
  | CountMention
  | ActorMention
  | TriggerMention
  | ReporterMention
  | PlaceMention;

export type MentionKind = Mention['kind'];
export type MentionOf<K extends MentionKind> = Extract<Mention, { kind: K }>;
