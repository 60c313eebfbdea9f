/** Candidates per name: more are never weighed. */
export const MATCH_LIMIT = 10;
// A candidate written as one integer: its place index, then two bits of distance, then the own-name flag.
const DISTANCE_BITS = 2;
const DISTANCE_MASK = (1 << DISTANCE_BITS) - 1;

/**
 * The candidates of one look-up, in flat arrays reused from one look-up to the next: the index allocates
 * nothing per name. `weight` is in hundredths (rank plus the own-name bonus, fixed when the index is built);
 * `primary` is the own-name flag of the entry that gave the place.
 */
export class FoundPlaces {
  count = 0;
  readonly index = new Int32Array(MATCH_LIMIT);
  readonly distance = new Int32Array(MATCH_LIMIT);
  readonly primary = new Uint8Array(MATCH_LIMIT);
  readonly weight = new Int32Array(MATCH_LIMIT);

  /** Adds a place unless it is there already (found under a nearer key); the caller stops when `full`. */
  add(index: number, distance: number, primary: number, weight: number): void {
    for (let k = 0; k < this.count; k += 1) if (this.index[k] === index) return;
    const at = this.count;
    this.index[at] = index;
    this.distance[at] = distance;
    this.primary[at] = primary;
    this.weight[at] = weight;
    this.count += 1;
  }

  /** Candidate `k` as one integer, as a ranked list in the index or a look-up memo keeps it. */
  code(k: number): number {
    const distance = this.distance[k]!;
    if (distance > DISTANCE_MASK) throw new RangeError(`a near spelling ${distance} edits away does not fit in a candidate code`);
    return (this.index[k]! << (DISTANCE_BITS + 1)) | (distance << 1) | this.primary[k]!;
  }

  /** The list of `count` candidates written as codes in `codes` from `from` (already ranked; no weights). */
  readCodes(codes: Int32Array, from: number, count: number): void {
    for (let k = 0; k < count; k += 1) {
      const code = codes[from + k]!;
      this.index[k] = code >>> (DISTANCE_BITS + 1);
      this.distance[k] = (code >>> 1) & DISTANCE_MASK;
      this.primary[k] = code & 1;
    }
    this.count = count;
  }

  get full(): boolean {
    return this.count >= MATCH_LIMIT;
  }

  /**
   * Best first: same spelling first, then closer spellings; the weight breaks ties within one distance.
   * A stable insertion sort in place: the list is short and nearly in order already.
   */
  rank(): void {
    const { index, distance, primary, weight } = this;
    for (let i = 1; i < this.count; i += 1) {
      const x = index[i]!;
      const d = distance[i]!;
      const p = primary[i]!;
      const w = weight[i]!;
      let j = i - 1;
      while (j >= 0 && (distance[j]! > d || (distance[j]! === d && weight[j]! < w))) {
        index[j + 1] = index[j]!;
        distance[j + 1] = distance[j]!;
        primary[j + 1] = primary[j]!;
        weight[j + 1] = weight[j]!;
        j -= 1;
      }
      index[j + 1] = x;
      distance[j + 1] = d;
      primary[j + 1] = p;
      weight[j + 1] = w;
    }
  }
}
