import type { GazetteerPlace } from './gazetteer.ts';
import type { IndexFile, Section } from './index-file.ts';
import type { PlaceStore } from './indexed-gazetteer.ts';
import { PlaceSlots } from './place-slots.ts';
import { StoredMatch, StoredPlace, type PlaceColumns } from './stored-place.ts';

// Per place, its numbers side by side (one read of memory gives all three), in this order.
const LATITUDE = 0;
const LONGITUDE = 1;
const POPULATION = 2;
const NUMBERS = 3;
// Per place, the shared-table ids of its repeating text fields, in this order; -1 for a missing one.
const COUNTRY = 0;
const FEATURE = 1;
const ADMIN1 = 2;
const ADMIN2 = 3;
const SOURCE = 4;
const FIELDS = 5;
/** How many sections the places take in an index file. */
export const PLACE_SECTIONS = 6;

/** The bytes a string takes in UTF-8, as Buffer writes it (a lone surrogate as the three bytes of U+FFFD). */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A pair: two UTF-16 units, four bytes.
      bytes += 2;
      i += 1;
    } else bytes += 2;
  }
  return bytes;
}

/** Strings as one UTF-8 text and the byte offset where each starts (and the last ends). */
function textTable(strings: readonly string[]): [Uint8Array, Int32Array] {
  const bytes = Buffer.from(strings.join(''), 'utf8');
  const starts = new Int32Array(strings.length + 1);
  for (let k = 0; k < strings.length; k += 1) starts[k + 1] = starts[k]! + utf8Length(strings[k]!);
  return [bytes, starts];
}

/**
 * Places as columns: coordinates and population as Float64 (the numbers the source gave, bit for bit),
 * ids and names as one UTF-8 text (place i's id, then its name), and countries, features, admin codes and
 * sources, which repeat, as ids into a table holding each once.
 */
export function packPlaces(places: readonly GazetteerPlace[]): Section[] {
  const n = places.length;
  const numbers = new Float64Array(n * NUMBERS);
  const fields = new Int32Array(n * FIELDS);
  const own: string[] = new Array(2 * n);
  const shared: string[] = [];
  const sharedIds = new Map<string, number>();
  const intern = (s: string | null): number => {
    if (s === null || s === '') return -1;
    let id = sharedIds.get(s);
    if (id === undefined) sharedIds.set(s, (id = shared.push(s) - 1));
    return id;
  };
  for (let i = 0; i < n; i += 1) {
    const p = places[i]!;
    numbers[i * NUMBERS + LATITUDE] = p.latitude;
    numbers[i * NUMBERS + LONGITUDE] = p.longitude;
    numbers[i * NUMBERS + POPULATION] = p.population;
    own[2 * i] = p.id;
    own[2 * i + 1] = p.name;
    const at = i * FIELDS;
    fields[at + COUNTRY] = intern(p.countryCode);
    fields[at + FEATURE] = intern(p.feature);
    fields[at + ADMIN1] = intern(p.admin1Code);
    fields[at + ADMIN2] = intern(p.admin2Code);
    fields[at + SOURCE] = intern(p.source);
  }
  return [numbers, fields, ...textTable(own), ...textTable(shared)];
}

/**
 * The places `packPlaces` wrote. A place is a `StoredPlace` made when first read and kept (the same object
 * every time), whose fields are read here when asked for: numbers where they lie, id and name from their own
 * bytes, and the repeating fields from a table of strings decoded once for the whole store.
 */
export class PackedPlaceStore implements PlaceStore, PlaceColumns {
  private readonly decoded = new PlaceSlots<StoredPlace>();
  private readonly ownText: Buffer;
  private readonly sharedBytes: Buffer;
  private shared: readonly string[] | null = null;

  constructor(
    private readonly numbers: Float64Array,
    private readonly fields: Int32Array,
    ownText: Uint8Array,
    private readonly ownStarts: Int32Array,
    sharedText: Uint8Array,
    private readonly sharedStarts: Int32Array,
    /** The source of a place stored without one. */
    private readonly defaultSource: string,
  ) {
    this.ownText = Buffer.from(ownText.buffer, ownText.byteOffset, ownText.byteLength);
    this.sharedBytes = Buffer.from(sharedText.buffer, sharedText.byteOffset, sharedText.byteLength);
    this.decoded.reserve(this.size);
  }

  static fromFile(file: IndexFile, first: number, defaultSource: string): PackedPlaceStore {
    return new PackedPlaceStore(file.float64(first), file.int32(first + 1), file.bytes(first + 2), file.int32(first + 3), file.bytes(first + 4), file.int32(first + 5), defaultSource);
  }

  get size(): number {
    return this.numbers.length / NUMBERS;
  }

  latitude(index: number): number {
    return this.numbers[index * NUMBERS + LATITUDE]!;
  }

  longitude(index: number): number {
    return this.numbers[index * NUMBERS + LONGITUDE]!;
  }

  population(index: number): number {
    return this.numbers[index * NUMBERS + POPULATION]!;
  }

  id(index: number): string {
    return this.ownText.toString('utf8', this.ownStarts[2 * index]!, this.ownStarts[2 * index + 1]!);
  }

  name(index: number): string {
    return this.ownText.toString('utf8', this.ownStarts[2 * index + 1]!, this.ownStarts[2 * index + 2]!);
  }

  countryCode(index: number): string {
    return this.text(index * FIELDS + COUNTRY) ?? '';
  }

  feature(index: number): string {
    return this.text(index * FIELDS + FEATURE) ?? '';
  }

  admin1Code(index: number): string | null {
    return this.text(index * FIELDS + ADMIN1);
  }

  admin2Code(index: number): string | null {
    return this.text(index * FIELDS + ADMIN2);
  }

  source(index: number): string {
    return this.text(index * FIELDS + SOURCE) ?? this.defaultSource;
  }

  /** The shared string of a field slot, null for a missing one. */
  private text(slot: number): string | null {
    const id = this.fields[slot]!;
    return id < 0 ? null : (this.shared ??= this.sharedTable())[id]!;
  }

  private sharedTable(): readonly string[] {
    const starts = this.sharedStarts;
    const text = this.sharedBytes.toString('utf8');
    // Offsets are in bytes; the text is sliced by them only where it is all one-byte characters.
    const oneByte = text.length === this.sharedBytes.length;
    const table: string[] = [];
    for (let k = 0; k + 1 < starts.length; k += 1) table.push(oneByte ? text.slice(starts[k]!, starts[k + 1]!) : this.sharedBytes.toString('utf8', starts[k]!, starts[k + 1]!));
    return table;
  }

  match(index: number, distance: number, primary: boolean): StoredMatch {
    return new StoredMatch(this, index, distance, primary);
  }

  place(index: number): GazetteerPlace {
    const known = this.decoded.get(index);
    if (known !== undefined) return known;
    if (!(index >= 0 && index < this.size)) throw new RangeError(`no place ${index} in a store of ${this.size}`);
    const place = new StoredPlace(this, index);
    this.decoded.set(index, place);
    return place;
  }
}
