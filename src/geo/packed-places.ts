import type { GazetteerPlace } from './gazetteer.ts';
import type { IndexFile, Section } from './index-file.ts';
import type { PlaceStore } from './indexed-gazetteer.ts';

// Per place, the string table ids of its text fields, in this order; -1 for a missing admin code.
const ID = 0;
const NAME = 1;
const COUNTRY = 2;
const FEATURE = 3;
const ADMIN1 = 4;
const ADMIN2 = 5;
const SOURCE = 6;
const FIELDS = 7;
/** How many sections the places take in an index file. */
export const PLACE_SECTIONS = 6;

/**
 * Places as columns: coordinates and population as Float64 (the numbers the source gave, bit for bit),
 * text fields as ids into one UTF-8 string table. Countries, features, admin codes and sources repeat and
 * are stored once each; ids and names are not looked up again, so they are only appended.
 */
export function packPlaces(places: readonly GazetteerPlace[]): Section[] {
  const n = places.length;
  const latitude = new Float64Array(n);
  const longitude = new Float64Array(n);
  const population = new Float64Array(n);
  const fields = new Int32Array(n * FIELDS);
  const strings: string[] = [];
  const shared = new Map<string, number>();
  const append = (s: string): number => strings.push(s) - 1;
  const intern = (s: string | null): number => {
    if (s === null || s === '') return -1;
    let id = shared.get(s);
    if (id === undefined) shared.set(s, (id = append(s)));
    return id;
  };
  for (let i = 0; i < n; i += 1) {
    const p = places[i]!;
    latitude[i] = p.latitude;
    longitude[i] = p.longitude;
    population[i] = p.population;
    const at = i * FIELDS;
    fields[at + ID] = append(p.id);
    fields[at + NAME] = append(p.name);
    fields[at + COUNTRY] = intern(p.countryCode);
    fields[at + FEATURE] = intern(p.feature);
    fields[at + ADMIN1] = intern(p.admin1Code);
    fields[at + ADMIN2] = intern(p.admin2Code);
    fields[at + SOURCE] = intern(p.source);
  }
  // One UTF-8 text; its strings start at offsets in UTF-16 units, as slices of the text decoded once.
  const starts = new Int32Array(strings.length + 1);
  for (let k = 0; k < strings.length; k += 1) starts[k + 1] = starts[k]! + strings[k]!.length;
  return [latitude, longitude, population, fields, Buffer.from(strings.join(''), 'utf8'), starts];
}

/** The places `packPlaces` wrote, decoded one at a time when first read and then kept. */
export class PackedPlaceStore implements PlaceStore {
  // Maps, not arrays: an array of 200k empty entries costs a slow dictionary or a slow fill at every load.
  private readonly decoded = new Map<number, GazetteerPlace>();
  private readonly sharedText = new Map<number, string>();
  private readonly bytes: Buffer;
  // Decoded on the first place read: one call for the whole table, then every field is a slice of it.
  private text: string | null = null;

  constructor(
    private readonly latitudes: Float64Array,
    private readonly longitudes: Float64Array,
    private readonly populations: Float64Array,
    private readonly fields: Int32Array,
    text: Uint8Array,
    private readonly starts: Int32Array,
    /** The source of a place stored without one. */
    private readonly defaultSource: string,
  ) {
    this.bytes = Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  }

  static fromFile(file: IndexFile, first: number, defaultSource: string): PackedPlaceStore {
    return new PackedPlaceStore(file.float64(first), file.float64(first + 1), file.float64(first + 2), file.int32(first + 3), file.bytes(first + 4), file.int32(first + 5), defaultSource);
  }

  get size(): number {
    return this.latitudes.length;
  }

  latitude(index: number): number {
    return this.latitudes[index]!;
  }

  longitude(index: number): number {
    return this.longitudes[index]!;
  }

  private string(id: number): string {
    this.text ??= this.bytes.toString('utf8');
    return this.text.slice(this.starts[id]!, this.starts[id + 1]!);
  }

  private sharedString(id: number): string | null {
    if (id < 0) return null;
    let text = this.sharedText.get(id);
    if (text === undefined) this.sharedText.set(id, (text = this.string(id)));
    return text;
  }

  place(index: number): GazetteerPlace {
    const known = this.decoded.get(index);
    if (known) return known;
    if (!(index >= 0 && index < this.latitudes.length)) throw new RangeError(`no place ${index} in a store of ${this.latitudes.length}`);
    const at = index * FIELDS;
    const f = this.fields;
    const place: GazetteerPlace = {
      id: this.string(f[at + ID]!),
      name: this.string(f[at + NAME]!),
      latitude: this.latitudes[index]!,
      longitude: this.longitudes[index]!,
      countryCode: this.sharedString(f[at + COUNTRY]!) ?? '',
      feature: this.sharedString(f[at + FEATURE]!) ?? '',
      admin1Code: this.sharedString(f[at + ADMIN1]!),
      admin2Code: this.sharedString(f[at + ADMIN2]!),
      population: this.populations[index]!,
      source: this.sharedString(f[at + SOURCE]!) ?? this.defaultSource,
    };
    this.decoded.set(index, place);
    return place;
  }
}
