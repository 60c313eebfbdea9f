import { expect, it } from 'vitest';
import type { ClaimRef } from '../core/incident.ts';
import { auditValues } from './audit/audit-entry.ts';
import { IncidentFilterSchema, IncidentRequestError, type ReconcileSummary } from './incidents.ts';
import type { Stores } from './incidents.contract.ts';
import type { Document } from '../core/document.ts';
import type { EventRecord } from '../core/event.ts';

type Report = (id: string, fields?: Partial<EventRecord>, clash?: boolean, retold?: boolean) => { doc: Document; events: EventRecord[] };
type Put = (...reports: { doc: Document; events: EventRecord[] }[]) => Promise<ReconcileSummary>;

const REBEL_TOLL = { field: 'killed', value: 30, qualifier: 'at least', reporter: 'Velka Monitor', reporter_type: 'monitor', start: 0, end: 10 };
const claimOf = (eventId: string): ClaimRef => ({ event_id: eventId, field: 'killed', start: 0, end: 10 });

/** Contested claims, inside the incident store's contract: run on every engine with its stores. */
export function claimMarkCases(stores: () => Stores, put: Put, report: Report): void {
  const strike = async () => (await stores().incidents.getIncident('inc-a#1'))!;
  const flagged = async () => (await strike()).claims.filter((c) => c.contested).map((c) => [c.event_id, c.contested!.reason, c.contested!.actor]);

  it('marks a claim contested: shown with its reason, out of low/best/high, audited, and kept over later runs, merges and splits', async () => {
    await put(report('a'), report('b', { killed_best: 30, claims: [REBEL_TOLL] }, false, true), report('c', {}, true));
    expect((await strike()).figures['killed']).toMatchObject({ low: 12, high: 30 });
    const { incident, audit } = await stores().incidents.contestClaim('inc-a#1', claimOf('b#1'), '  counts the wounded as dead ', 'ana');
    expect(incident.figures['killed']).toEqual({ low: 12, best: 12, high: 12, contested: [{ reporter: 'Velka Monitor', value: 30 }] });
    expect(incident.fatalities).toBe(12);
    expect(incident.claims).toHaveLength(2);
    expect(await flagged()).toEqual([['b#1', 'counts the wounded as dead', 'ana']]);
    expect(audit).toMatchObject({ actor: 'ana', entity: 'incident', entity_id: 'inc-a#1', action: 'contest' });
    expect(auditValues(audit)).toMatchObject({ before: { claim: claimOf('b#1'), contested: null }, after: { contested: { reason: 'counts the wounded as dead' } } });
    // The stored columns follow: the incident no longer passes a filter on the contested figure.
    expect((await stores().incidents.queryIncidents(IncidentFilterSchema.parse({ min_killed: 20 }), { limit: 5 })).incidents).toEqual([]);

    // A run with nothing new writes nothing, marked incident or not.
    const log = await stores().incidents.auditLog({});
    expect(await stores().incidents.reconcilePending()).toMatchObject({ placed: 0, updated: 0 });
    expect(await stores().incidents.auditLog({})).toEqual(log);
    // A later automatic run rewrites the incident (a new report joins it): the mark stays.
    await put(report('e'));
    expect((await strike()).event_ids).toEqual(['a#1', 'b#1', 'e#1']);
    expect(await flagged()).toEqual([['b#1', 'counts the wounded as dead', 'ana']]);
    expect((await strike()).figures['killed']).toMatchObject({ high: 12 });
    // The same documents stored again change nothing.
    await put(report('a'), report('b', { killed_best: 30, claims: [REBEL_TOLL] }, false, true));
    expect(await flagged()).toHaveLength(1);
    // The mark follows the claim into a merge and out of a split.
    await stores().incidents.merge(['inc-a#1', 'inc-c#1'], 'ana');
    expect(await flagged()).toHaveLength(1);
    const [, apart] = await stores().incidents.split('inc-a#1', ['b#1'], 'ana');
    expect(apart.claims.map((c) => c.contested?.reason)).toEqual(['counts the wounded as dead']);
    expect(apart.figures['killed']).toBeUndefined();
    expect(await flagged()).toEqual([]);
  });

  it('takes a mark off, and reverts either change from the audit log, each audited', async () => {
    await put(report('a'), report('b', { killed_best: 30, claims: [REBEL_TOLL] }, false, true));
    const contest = await stores().incidents.contestClaim('inc-a#1', claimOf('b#1'), 'a party to the fighting', 'ana');
    const off = await stores().incidents.uncontestClaim('inc-a#1', claimOf('b#1'), 'ben');
    expect(off.incident.figures['killed']).toMatchObject({ low: 12, high: 30, contested: [] });
    expect(await flagged()).toEqual([]);
    const back = await stores().incidents.revertClaimMark(off.audit.seq, 'cat');
    expect(back.audit.action).toBe(`revert ${off.audit.seq}`);
    expect(await flagged()).toEqual([['b#1', 'a party to the fighting', 'cat']]);
    await stores().incidents.revertClaimMark(contest.audit.seq, 'cat');
    expect(await flagged()).toEqual([]);
    expect((await strike()).figures['killed']).toMatchObject({ low: 12, high: 30 });
    const actions = (await stores().incidents.auditLog({ entity_id: 'inc-a#1' })).map((e) => `${e.actor} ${e.action}`);
    expect(actions.slice(-4)).toEqual(['ana contest', 'ben uncontest', `cat revert ${off.audit.seq}`, `cat revert ${contest.audit.seq}`]);
  });

  it('refuses marks on what is not there, changing nothing', async () => {
    await put(report('a'), report('b', { killed_best: 30, claims: [REBEL_TOLL] }, false, true));
    const before = await strike();
    const incidents = stores().incidents;
    await expect(incidents.contestClaim('inc-zz', claimOf('b#1'), 'why', 'ana')).rejects.toThrow(/no incident inc-zz/);
    await expect(incidents.contestClaim('inc-a#1', { ...claimOf('b#1'), start: 3 }, 'why', 'ana')).rejects.toThrow(/has no killed claim of event b#1 at 3-10/);
    await expect(incidents.contestClaim('inc-a#1', claimOf('b#1'), '   ', 'ana')).rejects.toThrow(IncidentRequestError);
    await expect(incidents.uncontestClaim('inc-a#1', claimOf('b#1'), 'ana')).rejects.toThrow(/is not contested/);
    const [created] = await incidents.auditLog({ entity_id: 'inc-a#1' });
    await expect(incidents.revertClaimMark(created!.seq, 'ana')).rejects.toThrow(/not a claim mark/);
    await expect(incidents.revertClaimMark(999_999, 'ana')).rejects.toThrow(IncidentRequestError);
    expect(await strike()).toEqual(before);
  });
}
