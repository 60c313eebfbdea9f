import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventFilterSchema } from '../event-filter.ts';
import { filterFixture, testDocument } from '../store-fixtures.ts';
import type { EventStore } from '../store.ts';
import type { ReviewStore } from './review.ts';

export interface ReviewHarness {
  readonly store: EventStore;
  readonly reviews: ReviewStore;
  close(): Promise<void>;
}

/** What every ReviewStore must do, on each engine; `open` gives a new, empty database. */
export function describeReviewStoreContract(engine: string, open: () => Promise<ReviewHarness>): void {
  describe(`ReviewStore contract: ${engine}`, () => {
    let h: ReviewHarness;
    beforeEach(async () => {
      h = await open();
      const [syria] = filterFixture();
      await h.store.putDocument(syria!.doc, syria!.events);
    });
    afterEach(() => h.close());

    it('corrects fields, keeps the record consistent, audits before and after, and the filters see it', async () => {
      const { event, audit } = await h.reviews.correctEvent('syria#1', { event_type: 'Battles', killed_best: 13 }, 'ana');
      expect(event).toMatchObject({ event_type: 'Battles', sub_event_type: null, killed_best: 13 });
      expect(await h.store.getEvent('syria#1')).toEqual(event);
      expect(audit).toMatchObject({ actor: 'ana', entity: 'event', entity_id: 'syria#1', action: 'correct' });
      expect(JSON.parse(audit.before_json!)).toEqual({ event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', killed_best: 12 });
      expect(JSON.parse(audit.after_json!)).toEqual({ event_type: 'Battles', sub_event_type: null, killed_best: 13 });
      const battles = await h.store.queryEvents(EventFilterSchema.parse({ event_type: 'Battles', min_killed: 13 }), { limit: 10 });
      expect(battles.events.map((e) => e.id)).toEqual(['syria#1']);
      expect((await h.store.changesSince('2000-01-01T00:00:00Z', { limit: 100 })).changes.filter((c) => c.event_id === 'syria#1')).toHaveLength(2);
      expect(await h.reviews.audit({ entity_id: 'syria#1', limit: 10 })).toEqual([audit]);
    });

    it('reverts a correction, back to the automatic value and its own provenance', async () => {
      const original = await h.store.getEvent('syria#2');
      const first = await h.reviews.correctEvent('syria#2', { event_date: '2019-06-19' }, 'ana');
      await h.reviews.correctEvent('syria#2', { killed_low: 2 }, 'bo');
      const reverted = await h.reviews.revert(first.audit.seq, 'cy');
      expect(reverted.event.event_date).toBe('2019-06-20');
      expect(reverted.event.killed_low).toBe(2);
      expect(reverted.event.implied['event_date']).toBe(original!.implied['event_date']);
      expect(reverted.audit).toMatchObject({ actor: 'cy', action: `revert ${first.audit.seq}` });
      expect((await h.reviews.audit({ entity_id: 'syria#2', limit: 10 })).map((a) => a.action)).toEqual([`revert ${first.audit.seq}`, 'correct', 'correct']);
    });

    it('keeps reviewed values when a later automatic run writes the event again', async () => {
      await h.reviews.correctEvent('syria#1', { killed_best: 20, killed_high: 25, admin1: 'Hama' }, 'ana');
      const [syria] = filterFixture();
      const again = testDocument('syria', `${syria!.doc.text} Updated.`);
      await h.store.putDocument(again, syria!.events.map((e) => ({ ...e, killed_best: 11 })));
      expect(await h.store.getEvent('syria#1')).toMatchObject({ killed_best: 20, killed_high: 25, admin1: 'Hama' });
      expect((await h.store.getEvent('syria#2'))?.killed_best).toBe(11);
    });

    it.each([
      ['an unknown event', () => h.reviews.correctEvent('nope', { killed_best: 1 }, 'ana'), /no event nope/],
      ['an unknown field', () => h.reviews.correctEvent('syria#1', { notes: 'x' } as never, 'ana'), /Unrecognized key/],
      ['a type outside the taxonomy', () => h.reviews.correctEvent('syria#1', { event_type: 'Skirmish' } as never, 'ana'), /event_type/],
      ['figures out of order', () => h.reviews.correctEvent('syria#1', { killed_low: 99 }, 'ana'), /low ≤ best ≤ high/],
      ['nothing to change', () => h.reviews.correctEvent('syria#1', {}, 'ana'), /no field to change/],
      ['an unknown audit entry', () => h.reviews.revert(999, 'ana'), /no event review/],
    ])('refuses %s and changes nothing', async (_name, attempt, message) => {
      const before = await h.store.getEvent('syria#1');
      await expect(attempt()).rejects.toThrow(message);
      expect(await h.store.getEvent('syria#1')).toEqual(before);
      expect(await h.reviews.audit({ limit: 10 })).toEqual([]);
    });
  });
}
