import type { GazetteerPlace } from './gazetteer.ts';

/** Distance on a flat map around the two points: exact enough within a few hundred kilometres. */
export function kilometres(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const x = (bLon - aLon) * rad * Math.cos(((aLat + bLat) / 2) * rad);
  const y = (bLat - aLat) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

// Cells of this many degrees; a query looks at the cells that could hold a point within its radius.
const CELL_DEGREES = 1;
const KM_PER_DEGREE = (6371 * Math.PI) / 180;
// A little slack so that rounding never leaves out a cell the exact distance would accept.
const SLACK = 1.01;

type Cells = Map<number, GazetteerPlace[]>;

/**
 * Places bucketed on a latitude/longitude grid, to ask "is any of them near this one?" without comparing
 * with each: a report that settles thousands of towns asks that for every candidate of every name.
 */
export class NearPlaces {
  private readonly bands = new Map<number, Cells>();

  constructor(places: Iterable<GazetteerPlace>) {
    const seen = new Set<string>();
    for (const place of places) {
      if (seen.has(place.id)) continue;
      seen.add(place.id);
      const band = Math.floor(place.latitude / CELL_DEGREES);
      const column = Math.floor(place.longitude / CELL_DEGREES);
      let cells = this.bands.get(band);
      if (!cells) this.bands.set(band, (cells = new Map()));
      const list = cells.get(column);
      if (list) list.push(place);
      else cells.set(column, [place]);
    }
  }

  /** Whether a place other than `place` itself (and other than the place `except` names) lies less than `km` from it. */
  hasNear(place: GazetteerPlace, km: number, except?: string): boolean {
    const { latitude, longitude } = place;
    const latReach = (km / KM_PER_DEGREE) * SLACK;
    // Longitude degrees shrink towards the poles: the widest reach is at the latitude nearest a pole.
    const poleward = Math.min(90, Math.abs(latitude) + latReach);
    const lonReach = latReach / Math.max(Math.cos((poleward * Math.PI) / 180), 1e-9);
    const near = (other: GazetteerPlace): boolean =>
      other.id !== place.id && other.id !== except && kilometres(other.latitude, other.longitude, latitude, longitude) < km;
    for (let band = Math.floor((latitude - latReach) / CELL_DEGREES); band <= Math.floor((latitude + latReach) / CELL_DEGREES); band += 1) {
      const cells = this.bands.get(band);
      if (!cells) continue;
      const first = Math.floor((longitude - lonReach) / CELL_DEGREES);
      const last = Math.floor((longitude + lonReach) / CELL_DEGREES);
      if (last - first >= cells.size) {
        for (const list of cells.values()) if (list.some(near)) return true;
      } else {
        for (let column = first; column <= last; column += 1) if (cells.get(column)?.some(near)) return true;
      }
    }
    return false;
  }
}
