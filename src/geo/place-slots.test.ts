import { describe, expect, it } from 'vitest';
import { PlaceSlots } from './place-slots.ts';

describe('PlaceSlots', () => {
  it('keeps values by place index, nothing for an index never set or out of range', () => {
    const slots = new PlaceSlots<string>();
    slots.reserve(10);
    slots.set(7, 'Jalma');
    slots.set(0, 'Idlib');
    expect([slots.get(7), slots.get(0), slots.get(3), slots.get(-1), slots.get(99)]).toEqual(['Jalma', 'Idlib', undefined, undefined, undefined]);
    expect(slots.size).toBe(2);
  });

  it('replaces a value set twice, grows past what was reserved, and forgets everything on clear', () => {
    const slots = new PlaceSlots<number>();
    slots.set(3, 1);
    slots.set(3, 2);
    slots.set(5000, 3);
    expect([slots.get(3), slots.get(5000), slots.size]).toEqual([2, 3, 2]);
    slots.clear();
    expect([slots.get(3), slots.get(5000), slots.size]).toEqual([undefined, undefined, 0]);
  });
});
