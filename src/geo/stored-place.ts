import type { GazetteerPlace, PlaceMatch } from './gazetteer.ts';
import type { PlaceStore } from './indexed-gazetteer.ts';

/** A place's fields where a packed store keeps them, read by the store's position of the place. */
export interface PlaceColumns extends PlaceStore {
  id(index: number): string;
  name(index: number): string;
  latitude(index: number): number;
  longitude(index: number): number;
  population(index: number): number;
  countryCode(index: number): string;
  feature(index: number): string;
  admin1Code(index: number): string | null;
  admin2Code(index: number): string | null;
  source(index: number): string;
}

/**
 * A place of a packed store, read where it lies: a look-up hands out one small object per candidate, not ten
 * decoded fields, and a field is read only when a caller asks for it (most candidates are weighed by two or
 * three). Id and name are text decoded from bytes, so they are kept once read. The fields are getters, so a
 * spread or an own-keys comparison sees none of them: copy a place with `placeFields`.
 */
export class StoredPlace implements GazetteerPlace {
  private idText: string | undefined = undefined;
  private nameText: string | undefined = undefined;

  constructor(
    readonly store: PlaceColumns,
    /** The place's position in its store. */
    readonly index: number,
  ) {}

  get id(): string {
    return (this.idText ??= this.store.id(this.index));
  }

  get name(): string {
    return (this.nameText ??= this.store.name(this.index));
  }

  get latitude(): number {
    return this.store.latitude(this.index);
  }

  get longitude(): number {
    return this.store.longitude(this.index);
  }

  get population(): number {
    return this.store.population(this.index);
  }

  get countryCode(): string {
    return this.store.countryCode(this.index);
  }

  get feature(): string {
    return this.store.feature(this.index);
  }

  get admin1Code(): string | null {
    return this.store.admin1Code(this.index);
  }

  get admin2Code(): string | null {
    return this.store.admin2Code(this.index);
  }

  get source(): string {
    return this.store.source(this.index);
  }

  /** Written out as the plain place it stands for. */
  toJSON(): GazetteerPlace {
    return placeFields(this);
  }
}

/**
 * A candidate of a look-up that is its own place: one object per candidate, made when the list is, and no
 * table of places to find it in (each look-up reads its candidates' fields where they lie). Two look-ups
 * that find one place give two objects; the store's `place(index)` keeps one object per place.
 */
export class StoredMatch extends StoredPlace implements PlaceMatch {
  constructor(
    store: PlaceColumns,
    index: number,
    readonly distance: number,
    readonly primary: boolean,
  ) {
    super(store, index);
  }

  get place(): GazetteerPlace {
    return this;
  }
}

/** Every field of a place as a plain object: a copy a caller may spread, change or compare by its keys. */
export function placeFields(place: GazetteerPlace): GazetteerPlace {
  return {
    id: place.id,
    name: place.name,
    latitude: place.latitude,
    longitude: place.longitude,
    countryCode: place.countryCode,
    feature: place.feature,
    admin1Code: place.admin1Code,
    admin2Code: place.admin2Code,
    population: place.population,
    source: place.source,
  };
}
