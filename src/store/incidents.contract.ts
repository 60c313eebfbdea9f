import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/event.ts';
import { claimMarkCases } from './claim-marks.contract.ts';
import { EventFilterSchema } from './event-filter.ts';
import { IncidentFilterSchema, IncidentRequestError, type IncidentStore } from './incidents.ts';
import type { EventStore } from './store.ts';
import { testDocument, testEvent, tickingClock } from './store-fixtures.ts';

export interface Stores {
  readonly events: EventStore;
  readonly incidents: IncidentStore;
}

const STRIKE = 'A drone strike hit a wedding party in Velka on Tuesday, killing 12 guests, the district council said.';
const RETOLD = 'Guests at a wedding in Velka died when a drone struck on Tuesday; officials counted 12 bodies.';
const CLASH = 'Rebels and army units clashed near the Velka checkpoint on Tuesday; three fighters died.';

/** A report of the Velka strike (or, with `clash`, of the clash that day) as one event. */
function report(id: string, fields: Partial<EventRecord> = {}, clash = false, retold = false) {
  const text = clash ? CLASH : retold ? RETOLD : STRIKE;
  const event = testEvent(id, 1, {
    country: 'Ruritania', iso3: 'RUR', admin1: 'Northern', location: 'Velka', latitude: 45.1, longitude: 20.2, geo_precision: 1,
    event_date: '2024-03-05', time_precision: 1, killed_best: clash ? 3 : 12,
    event_type: clash ? 'Battles' : 'Explosions/Remote violence', sub_event_type: clash ? 'Armed clash' : 'Air/drone strike',
    actor1: clash ? 'Rebels of Ruritania' : 'Military Forces of Ruritania',
    claims: [{ field: 'killed', value: clash ? 3 : 12, qualifier: null, reporter: 'District council', reporter_type: 'government', start: 0, end: 10 }],
    evidence: [{ field: 'event_type', start: 2, end: 13, quote: text.slice(2, 13) }],
    ...fields,
  });
  return { doc: testDocument(id, `${text} (${id})`, { source: `Outlet ${id}` }), events: [event] };
}

/** What every IncidentStore must do, run on each engine beside that engine's event store. */
export function describeIncidentStoreContract(engine: string, open: (now: () => Date) => Promise<Stores>): void {
  describe(`IncidentStore contract: ${engine}`, () => {
    let stores: Stores;
    beforeEach(async () => {
      stores = await open(tickingClock().now);
    });
    afterEach(async () => {
      await stores.incidents.close();
      await stores.events.close();
    });
    const put = async (...reports: ReturnType<typeof report>[]) => {
      for (const r of reports) await stores.events.putDocument(r.doc, r.events);
      return stores.incidents.reconcilePending();
    };
    const incidentOf = (eventId: string) => stores.incidents.incidentOfEvent(eventId);

    it('gathers reports of one strike into one incident, keeps the clash that day apart, and changes nothing when run again', async () => {
      const summary = await put(report('a'), report('b', {}, false, true), report('c', {}, true));
      expect(summary).toMatchObject({ placed: 3, created: 2 });
      const strike = await stores.incidents.getIncident((await incidentOf('a#1'))!);
      expect(strike).toMatchObject({ id: 'inc-a#1', event_ids: ['a#1', 'b#1'], doc_ids: ['a', 'b'], grade: 'fair', fatalities: 12 });
      expect(strike!.claims).toHaveLength(2);
      expect(await incidentOf('c#1')).toBe('inc-c#1');
      // The same text under two outlets is one wire story: one source, a weak grade.
      await put(report('w'));
      expect((await stores.incidents.getIncident('inc-a#1'))).toMatchObject({ event_ids: ['a#1', 'b#1', 'w#1'], grade: 'fair' });
      expect((await stores.incidents.getIncident('inc-a#1'))?.sources).toHaveLength(2);
      const log = await stores.incidents.auditLog({});
      expect(await stores.incidents.reconcilePending()).toEqual({ placed: 0, removed: 0, created: 0, updated: 0, deleted: 0 });
      expect(await stores.incidents.auditLog({})).toEqual(log);
    });

    it('filters events by the grade of their incident, in the list, the map and the timeline', async () => {
      await put(report('a'), report('b', {}, false, true), report('c', {}, true));
      const grade = async (g: string) => {
        const filter = EventFilterSchema.parse({ grade: g });
        const page = await stores.events.queryEvents(filter, { limit: 100 });
        const map = await stores.events.eventClusters(filter, { zoom: 3 });
        const timeline = await stores.events.timeline(filter, { interval: 'day', group_by: 'event_type' });
        return { ids: page.events.map((e) => e.id).sort(), mapped: map.count, timed: timeline.reduce((n, b) => n + b.events, 0) };
      };
      const strikeGrade = (await stores.incidents.getIncident('inc-a#1'))!.grade;
      const clashGrade = (await stores.incidents.getIncident('inc-c#1'))!.grade;
      expect(strikeGrade).not.toBe(clashGrade);
      expect(await grade(strikeGrade)).toEqual({ ids: ['a#1', 'b#1'], mapped: 2, timed: 2 });
      expect(await grade(clashGrade)).toEqual({ ids: ['c#1'], mapped: 1, timed: 1 });
      expect(await grade('discounted')).toEqual({ ids: [], mapped: 0, timed: 0 });
    });

    it('draws incidents on the map: one mark per incident, with its own killed figure, not the reports summed', async () => {
      await put(report('a'), report('b', {}, false, true), report('c', {}, true));
      const all = EventFilterSchema.parse({});
      const events = await stores.events.eventClusters(all, { zoom: 12 });
      const incidents = await stores.events.eventClusters(all, { zoom: 12, unit: 'incident' });
      expect({ unit: events.unit, count: events.count, killed: events.cells.reduce((n, c) => n + c.killed, 0) }).toEqual({ unit: 'event', count: 3, killed: 27 });
      expect({ unit: incidents.unit, count: incidents.count, cells: incidents.cells.map((c) => [c.count, c.killed, c.id]) }).toEqual({
        unit: 'incident', count: 2, cells: [[2, 15, null]],
      });
      const strikes = await stores.events.eventClusters(EventFilterSchema.parse({ event_type: 'Explosions/Remote violence' }), { zoom: 12, unit: 'incident' });
      expect(strikes.cells.map((c) => [c.count, c.killed, c.id, c.lon, c.lat])).toEqual([[1, 12, 'inc-a#1', 20.2, 45.1]]);
    });

    it('adds a later report with a higher toll to the incident, keeping its id', async () => {
      await put(report('a'));
      await put(report('d', { killed_best: 19, claims: [{ field: 'killed', value: 19, qualifier: null, reporter: 'District council', reporter_type: 'government', start: 0, end: 10 }] }));
      const incident = await stores.incidents.getIncident('inc-a#1');
      expect(incident?.event_ids).toEqual(['a#1', 'd#1']);
      expect(incident?.figures.killed).toMatchObject({ low: 19, best: 19, high: 19 });
      expect((await stores.incidents.auditLog({ entity_id: 'inc-a#1' })).map((e) => e.action)).toEqual(['create', 'update']);
    });

    it('takes the events of a replaced document version out of their incidents', async () => {
      const url = 'https://example.org/velka';
      const v1 = report('v1');
      await put({ ...v1, doc: { ...v1.doc, url } }, report('a'));
      expect(await incidentOf('v1#1')).toBe('inc-v1#1');
      const v2 = report('v2', {}, true);
      const summary = await put({ ...v2, doc: { ...v2.doc, url } });
      expect(summary).toMatchObject({ removed: 1, placed: 1 });
      expect(await incidentOf('v1#1')).toBeNull();
      expect((await stores.incidents.getIncident('inc-v1#1'))?.event_ids).toEqual(['a#1']);
      expect(await incidentOf('v2#1')).toBe('inc-v2#1');
    });

    it('merges, splits and detaches as a person says, logs each change, and no automatic run undoes it', async () => {
      await put(report('a'), report('b'), report('c', {}, true));
      const merged = await stores.incidents.merge(['inc-c#1', 'inc-a#1'], 'analyst');
      expect(merged).toMatchObject({ id: 'inc-a#1', event_ids: ['a#1', 'b#1', 'c#1'], locked: true });
      expect(await stores.incidents.getIncident('inc-c#1')).toBeNull();
      const [rest, alone] = await stores.incidents.split('inc-a#1', ['c#1'], 'analyst');
      expect([rest.event_ids, alone.id, alone.event_ids]).toEqual([['a#1', 'b#1'], 'inc-c#1', ['c#1']]);
      const detached = await stores.incidents.detach('b#1', 'analyst');
      expect(detached).toMatchObject({ id: 'inc-b#1', event_ids: ['b#1'], locked: true });
      await put(report('e'));
      expect(await incidentOf('b#1')).not.toBe(await incidentOf('a#1'));
      const actions = (await stores.incidents.auditLog({})).filter((e) => e.actor === 'analyst').map((e) => `${e.action} ${e.entity_id}`);
      expect(actions).toEqual(['merge inc-a#1', 'merge inc-c#1', 'split inc-a#1', 'create inc-c#1', 'split inc-a#1', 'create inc-b#1']);
      const changes = await stores.events.changesSince('1970-01-01T00:00:00Z', { limit: 100 });
      expect(changes.changes.filter((c) => c.event_id === 'b#1').length).toBeGreaterThan(1);
    });

    it('refuses edits that name what is not there, changing nothing', async () => {
      await put(report('a'), report('b'));
      await expect(stores.incidents.merge(['inc-a#1', 'inc-zz'], 'analyst')).rejects.toThrow(IncidentRequestError);
      await expect(stores.incidents.split('inc-a#1', ['zz#1'], 'analyst')).rejects.toThrow(/zz#1 not in incident inc-a#1/);
      await expect(stores.incidents.split('inc-a#1', ['a#1', 'b#1'], 'analyst')).rejects.toThrow(/at least one/);
      await expect(stores.incidents.detach('zz#1', 'analyst')).rejects.toThrow(/in no incident/);
      expect((await stores.incidents.getIncident('inc-a#1'))?.event_ids).toEqual(['a#1', 'b#1']);
    });

    it('filters and pages incidents newest first', async () => {
      await put(report('a'), report('b', { event_date: '2024-04-01' }), report('c', { event_date: '2024-05-01', country: 'Freedonia', iso3: 'FRE' }));
      const all = async (input: object) => {
        const filter = IncidentFilterSchema.parse(input);
        const ids: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await stores.incidents.queryIncidents(filter, { limit: 1, cursor });
          ids.push(...page.incidents.map((i) => i.id));
          cursor = page.next_cursor ?? undefined;
        } while (cursor);
        return ids;
      };
      expect(await all({})).toEqual(['inc-c#1', 'inc-b#1', 'inc-a#1']);
      expect(await all({ country: 'RUR' })).toEqual(['inc-b#1', 'inc-a#1']);
      expect(await all({ from: '2024-03-10', to: '2024-04-30' })).toEqual(['inc-b#1']);
      expect(await all({ min_killed: 13 })).toEqual([]);
      expect(await all({ grade: 'weak', country: 'Freedonia' })).toEqual(['inc-c#1']);
    });

    claimMarkCases(() => stores, put, report);
  });
}
