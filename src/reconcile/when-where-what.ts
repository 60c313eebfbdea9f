import type { EventRecord } from '../core/event.ts';
import { datedOnReportDay, dayGap, dayRangeOf, dayTolerance, REPORT_DAY_REACH } from './event-days.ts';
import { distanceKm } from './place-distance.ts';
import type { Feature, ReconcileItem } from './reconcile-item.ts';
import { typeFamily } from './type-family.ts';

/** Wider than this, a date says "sometime that month": it cannot be matched to a dated report. */
const VAGUE_DAYS = 10;
/** Wider than a month ("since 2014"), a date is background, not the date of a happening. */
const MONTH_DAYS = 31;

/** Dates: the same day counts most; overlapping vague ranges count less the vaguer they are. */
export function dateFeature(x: ReconcileItem, y: ReconcileItem): Feature {
  const [a, b] = [x.event, y.event];
  const ra = dayRangeOf(a);
  const rb = dayRangeOf(b);
  if (!ra || !rb) return { feature: 'date', weight: 0, detail: 'a report gives no date', veto: true };
  const gap = dayGap(ra, rb);
  const allowed = Math.max(dayTolerance(ra.precision), dayTolerance(rb.precision));
  if (gap > allowed) {
    // A later report dated only to its own day ("the toll has risen to 171") may be a toll update of a happening
    // days before: only when its toll is higher, else daily strikes on one town would run together.
    const [later, earlier] = ra.start > rb.end ? [x, y] : [y, x];
    const before = dayRangeOf(earlier.event)!;
    const risen = (later.event.killed_best ?? 0) > (earlier.event.killed_best ?? Infinity);
    const reach = risen && datedOnReportDay(later.event, later.facts.published) && gap <= REPORT_DAY_REACH && before.end - before.start < 3;
    if (reach) return { feature: 'date', weight: -1.5, detail: `${gap} days apart, the later dated on its report's day` };
    return { feature: 'date', weight: 0, detail: `${gap} days apart`, veto: true };
  }
  const width = Math.max(ra.end - ra.start, rb.end - rb.start) + 1;
  if (width > MONTH_DAYS) return { feature: 'date', weight: 0, detail: `a ${width}-day range names no one happening`, veto: true };
  const narrow = Math.min(ra.end - ra.start, rb.end - rb.start) + 1;
  if (narrow <= 3 && width > VAGUE_DAYS) {
    return { feature: 'date', weight: 0, detail: `a day against a ${width}-day range: too vague to tell`, veto: true };
  }
  if (gap > 0) return { feature: 'date', weight: width === 1 ? 0.5 : 0, detail: `${gap} day apart (within tolerance)` };
  if (width === 1) return { feature: 'date', weight: 2, detail: 'same day' };
  // A vague date fits many happenings: a month-wide range overlapping a day says little for, and some against.
  const weight = width <= 3 ? 1 : width <= 7 ? 0 : -1.5;
  return { feature: 'date', weight, detail: `ranges overlap (${width} days wide)` };
}

const POINT_CLOSE_KM = 5;
const POINT_NEAR_KM = 25;
const POINT_FAR_KM = 60;

/** Places: distance when both are towns with points; admin units otherwise; a coarser place never conflicts. */
export function placeFeature(a: EventRecord, b: EventRecord): Feature {
  const ca = a.iso3 ?? a.country;
  const cb = b.iso3 ?? b.country;
  if (ca !== null && cb !== null && ca !== cb) return { feature: 'place', weight: 0, detail: `${a.country} vs ${b.country}`, veto: true };
  const pointed = (e: EventRecord) => e.latitude !== null && e.longitude !== null && e.geo_precision === 1;
  if (pointed(a) && pointed(b)) {
    const km = distanceKm(a.latitude!, a.longitude!, b.latitude!, b.longitude!);
    const detail = `${a.location ?? '?'} – ${b.location ?? '?'}: ${km.toFixed(1)} km`;
    if (km <= POINT_CLOSE_KM) return { feature: 'place', weight: 2, detail };
    if (km <= POINT_NEAR_KM) return { feature: 'place', weight: 1, detail };
    if (km > POINT_FAR_KM) return { feature: 'place', weight: -3, detail, veto: true };
    return { feature: 'place', weight: 0, detail };
  }
  if (a.admin1 !== null && b.admin1 !== null && a.admin1 !== b.admin1) {
    return { feature: 'place', weight: -3, detail: `${a.admin1} vs ${b.admin1}` };
  }
  const sameLocation = a.location !== null && b.location !== null && a.location.toLowerCase() === b.location.toLowerCase();
  if (a.admin2 !== null && a.admin2 === b.admin2) return { feature: 'place', weight: sameLocation ? 2 : 1.5, detail: `both in ${a.admin2}` };
  if (a.admin1 !== null && a.admin1 === b.admin1) return { feature: 'place', weight: sameLocation ? 1.5 : 1, detail: `both in ${a.admin1}` };
  if (sameLocation) return { feature: 'place', weight: 1, detail: `both at ${a.location}` };
  return { feature: 'place', weight: 0, detail: 'one place is coarser than the other' };
}

/** Event types: the same sub-type agrees; other types of one family count against; other families rule out. */
export function typeFeature(a: EventRecord, b: EventRecord): Feature {
  if (a.event_type === null || b.event_type === null) return { feature: 'type', weight: 0, detail: 'a report gives no type' };
  if (typeFamily(a.event_type) !== typeFamily(b.event_type)) {
    return { feature: 'type', weight: 0, detail: `${a.event_type} vs ${b.event_type}`, veto: true };
  }
  if (a.sub_event_type !== null && a.sub_event_type === b.sub_event_type) return { feature: 'type', weight: 1.5, detail: a.sub_event_type };
  if (a.event_type === b.event_type) return { feature: 'type', weight: -0.5, detail: `${a.sub_event_type} vs ${b.sub_event_type}` };
  return { feature: 'type', weight: -2, detail: `${a.event_type} vs ${b.event_type}` };
}
