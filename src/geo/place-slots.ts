/**
 * Values kept by place index, for a store of many places of which a look-up reads a few: a typed array
 * says where a place's value sits in a dense list, so a read is two array reads (no Map, and no array of
 * 200k holes, which V8 keeps as a slow dictionary).
 */
export class PlaceSlots<T> {
  private slots = new Int32Array(0);
  private readonly values: T[] = [];

  /** Makes room for places `0 .. size - 1`; a place beyond that is found as not yet kept. */
  reserve(size: number): void {
    if (size > this.slots.length) {
      const bigger = new Int32Array(size);
      bigger.set(this.slots);
      this.slots = bigger;
    }
  }

  get(index: number): T | undefined {
    const slot = index >= 0 && index < this.slots.length ? this.slots[index]! : 0;
    return slot === 0 ? undefined : this.values[slot - 1];
  }

  set(index: number, value: T): void {
    if (index >= this.slots.length) this.reserve(Math.max(index + 1, this.slots.length * 2));
    const slot = this.slots[index]!;
    if (slot !== 0) this.values[slot - 1] = value;
    else this.slots[index] = this.values.push(value);
  }

  get size(): number {
    return this.values.length;
  }

  clear(): void {
    this.slots.fill(0);
    this.values.length = 0;
  }
}
