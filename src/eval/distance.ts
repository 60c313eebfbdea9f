/** Great-circle distance in kilometres (haversine on a sphere of the Earth's mean radius). */
const EARTH_RADIUS_KM = 6371.0088;

export interface Point {
  readonly latitude: number;
  readonly longitude: number;
}

export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point of a record whose latitude and longitude may be missing. */
export function pointOf(record: { readonly latitude?: number | null; readonly longitude?: number | null }): Point | null {
  const { latitude, longitude } = record;
  if (latitude === null || latitude === undefined || longitude === null || longitude === undefined) return null;
  return { latitude, longitude };
}
