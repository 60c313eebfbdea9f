import type { AdminUnit, CountryInfo, Gazetteer, GazetteerPlace, PlaceMatch } from './gazetteer.ts';
import type { UnitsAt } from './boundary-index.ts';
import type { Placements } from './boundary-placements.ts';
import type { ImportedGazetteer } from './imported-gazetteer.ts';
import { IndexedGazetteer } from './indexed-gazetteer.ts';
import { kilometres } from './near-places.ts';
import { PlaceSlots } from './place-slots.ts';
import { placeFields } from './stored-place.ts';

// An imported village and a cities500 town of the same name this close are one place listed twice.
const TWIN_KM = 5;
const MEMO_LIMIT = 100_000;

/** What puts a match's place in the imported polygons (the merged gazetteer), without a closure per look-up. */
interface Placer {
  placed(match: PlaceMatch, imported: boolean): GazetteerPlace;
}

class PlacedMatch implements PlaceMatch {
  private decoded: GazetteerPlace | null = null;

  constructor(
    private readonly inner: PlaceMatch,
    private readonly placer: Placer,
    readonly imported: boolean,
    private readonly twin: PlaceMatch | null = null,
  ) {}

  // A twin's nearer spelling counts for the import: "Kafr Nabl" is an alternate of the cities500
  // Kafranbel and a near miss of OCHA's "Kafr Nobol", and both are the one town.
  get distance(): number {
    return this.twin && this.twin.distance < this.inner.distance ? this.twin.distance : this.inner.distance;
  }

  get primary(): boolean {
    return this.twin && this.twin.distance < this.inner.distance ? this.twin.primary : this.inner.primary;
  }

  get place(): GazetteerPlace {
    if (this.decoded) return this.decoded;
    const p = this.placer.placed(this.inner, this.imported);
    // The twin's size and rank tell how prominent the place is; the import keeps its own point and units.
    const population = Math.max(p.population, this.twin?.place.population ?? 0);
    const feature = p.feature === 'PPL' && this.twin ? this.twin.place.feature : p.feature;
    this.decoded = population !== p.population || feature !== p.feature ? { ...placeFields(p), population, feature } : p;
    return this.decoded;
  }
}

// A function of the module, not a closure per call: places are put in polygons by the hundred thousand.
function inCountry(unit: AdminUnit | null, place: GazetteerPlace): unit is AdminUnit {
  return unit !== null && unit.countryCode === place.countryCode;
}

/**
 * Whether polygons could give a place other units than its own (see `placeIn`): only a district polygon of its
 * country, or a province polygon of its country round a place without a province of its own.
 */
function mayMove(place: GazetteerPlace, { admin1, admin2 }: UnitsAt): boolean {
  return inCountry(admin2, place) || (!(place.admin1Code && place.admin1Code !== '00') && inCountry(admin1, place));
}

/** Where the places of the two indexes lie, as `loadPlacements` gives them. */
export interface StoredPlacements {
  readonly embedded: Placements;
  readonly imported: Placements | null;
}

/**
 * The imported place that is the same as an embedded one: the same id, else the nearest of the country within
 * TWIN_KM. The nearest, not the first: "Yabrud" finds OCHA's "Ras El Ein - Yabrud" (by a part of its name) before
 * "Yabroud", and the town's size must go to the town, not to the spring 4 km away.
 */
function nearestTwin(own: readonly PlaceMatch[], m: PlaceMatch): PlaceMatch | undefined {
  let best: PlaceMatch | undefined;
  let bestKm = TWIN_KM;
  for (const o of own) {
    if (o.place.id === m.place.id) return o;
    if (o.place.countryCode !== m.place.countryCode) continue;
    const km = kilometres(o.place.latitude, o.place.longitude, m.place.latitude, m.place.longitude);
    if (km < bestKm) {
      best = o;
      bestKm = km;
    }
  }
  return best;
}

/**
 * The embedded gazetteer with the data directory's imports laid over it: imported places are candidates
 * beside the embedded ones and come first at the same spelling distance (the resolver keeps the first of
 * equal scores), an embedded place the import also lists is dropped, and every place is put in the imported
 * district and province polygons that hold it.
 */
export class MergedGazetteer implements Gazetteer, Placer {
  private readonly memo = new Map<string, readonly PlaceMatch[]>();
  private readonly placedMemo = new Map<string, GazetteerPlace>();
  private readonly placedEmbedded = new PlaceSlots<GazetteerPlace>();
  private readonly placedImported = new PlaceSlots<GazetteerPlace>();
  private readonly admin2ByOwnCode = new Map<string, AdminUnit>();
  private stored: StoredPlacements | null | undefined;

  /**
   * `placements` gives the polygons of every embedded and imported place, found once when the imports
   * were made; without them (or for a place they do not cover) each place is put in polygons when read.
   */
  constructor(
    private readonly imported: ImportedGazetteer,
    private readonly embedded: Gazetteer,
    private readonly placements: () => StoredPlacements | null = () => null,
  ) {
    for (const unit of imported.admins) {
      if (unit.level === 2) this.admin2ByOwnCode.set(`${unit.countryCode}.${unit.code.slice(unit.code.indexOf('.') + 1)}`, unit);
    }
  }

  lookup(name: string): readonly GazetteerPlace[] {
    return this.match(name).map((m) => m.place);
  }

  match(name: string): readonly PlaceMatch[] {
    const known = this.memo.get(name);
    if (known) return known;
    const own = this.imported.gazetteer?.match(name) ?? [];
    const base = this.embedded.match(name);
    // A name the import does not list: the embedded candidates, put in the polygons. Both indexes remember
    // the name already; only merged lists, made of both, are worth remembering here.
    if (own.length === 0) return this.imported.hasBoundaries ? this.placedAll(base) : base;
    const found = this.merge(own, base);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(name, found);
    return found;
  }

  private merge(own: readonly PlaceMatch[], base: readonly PlaceMatch[]): readonly PlaceMatch[] {
    const twins = new Map<PlaceMatch, PlaceMatch>();
    const kept = base.filter((m) => {
      const twin = nearestTwin(own, m);
      // The base list is best first: the first twin found is the one kept.
      if (twin && !twins.has(twin)) twins.set(twin, m);
      return !twin;
    });
    const all = [...own.map((m) => this.placedMatch(m, true, twins.get(m) ?? null)), ...this.placedAll(kept)];
    // Stable: at one distance the imported candidates stay first.
    return all.sort((a, b) => a.distance - b.distance);
  }

  private placedAll(matches: readonly PlaceMatch[]): PlaceMatch[] {
    const out: PlaceMatch[] = new Array(matches.length);
    for (let i = 0; i < matches.length; i += 1) out[i] = this.placedMatch(matches[i]!, false, null);
    return out;
  }

  /**
   * A match put in the imported polygons: the match itself when they leave its place as it was and no twin
   * lends it a spelling or a size (most places, and no second object for them), else one that says so.
   */
  private placedMatch(match: PlaceMatch, imported: boolean, twin: PlaceMatch | null): PlaceMatch {
    if (twin === null && (!this.imported.hasBoundaries || this.placed(match, imported) === match.place)) return match;
    return new PlacedMatch(match, this, imported, twin);
  }

  /** The imported polygons that hold a match's place: found when the imports were made, where they were. */
  private unitsOf(index: number, imported: boolean, place: GazetteerPlace): UnitsAt | null {
    if (!this.imported.hasBoundaries) return null;
    this.stored ??= this.placements();
    const placements = imported ? this.stored?.imported : this.stored?.embedded;
    // The polygons themselves are read only for a place the stored placements do not cover.
    return placements && index >= 0 ? placements.unitsAt(index) : (this.imported.boundaries()?.unitsAt(place.latitude, place.longitude) ?? null);
  }

  /** The place with the districts and provinces of the imported polygons it lies in. */
  placed(match: PlaceMatch, imported: boolean): GazetteerPlace {
    const place = match.place;
    if (!this.imported.hasBoundaries) return place;
    // Kept by the place's position in its own store (each store apart), else by its id.
    const gazetteer = imported ? this.imported.gazetteer : this.embedded;
    const index = gazetteer instanceof IndexedGazetteer ? gazetteer.placeIndexOf(match) : -1;
    const slots = imported ? this.placedImported : this.placedEmbedded;
    // Stored placements are read at once: a place whose polygons cannot change it needs nothing remembered.
    const stored = index >= 0 ? this.unitsOf(index, imported, place)! : null;
    if (stored && !mayMove(place, stored)) return place;
    const known = index >= 0 ? slots.get(index) : this.placedMemo.get(place.id);
    if (known) return known;
    const result = this.placeIn(place, stored ?? this.unitsOf(index, imported, place)!);
    if (index >= 0 && result === place) return place;
    if (index >= 0) slots.set(index, result);
    else {
      if (this.placedMemo.size >= MEMO_LIMIT) this.placedMemo.clear();
      this.placedMemo.set(place.id, result);
    }
    return result;
  }

  private placeIn(place: GazetteerPlace, { admin1, admin2 }: UnitsAt): GazetteerPlace {
    const dot = inCountry(admin2, place) ? admin2.code.indexOf('.') : -1;
    const ownAdmin1 = place.admin1Code && place.admin1Code !== '00' ? place.admin1Code : inCountry(admin1, place) ? admin1.code : place.admin1Code;
    const admin1Code = dot > 0 && this.embedded.admin1(place.countryCode, admin2!.code.slice(0, dot)) ? admin2!.code.slice(0, dot) : ownAdmin1;
    const admin2Code = dot >= 0 ? admin2!.code.slice(dot + 1) : place.admin2Code;
    // Most places keep their units (a province polygon round a town the table already puts in it): no copy.
    if (admin1Code === place.admin1Code && admin2Code === place.admin2Code) return place;
    const hasOwnDistrict = place.admin1Code !== null && place.admin2Code !== null && this.admin2(place.countryCode, place.admin1Code, place.admin2Code) !== null;
    // A point is exact: the imported district polygon that holds it says its district, over any table's code,
    // within the table's province. A polygon of another province is a border drawn otherwise by the two sources
    // (Ar-Rastan's point lies in a Hama polygon of 2015): the table names its province, and reports follow it.
    const polygonProvince = inCountry(admin2, place) ? admin2.code.slice(0, Math.max(0, admin2.code.indexOf('.'))) : null;
    const otherProvince = hasOwnDistrict && polygonProvince !== null && place.admin1Code !== null && polygonProvince !== place.admin1Code;
    if (hasOwnDistrict && !(inCountry(admin2, place) && !otherProvince)) return place;
    return { ...placeFields(place), admin1Code, admin2Code };
  }

  country(code: string): CountryInfo | null {
    return this.embedded.country(code);
  }

  countryByName(name: string): CountryInfo | null {
    return this.embedded.countryByName(name);
  }

  // Provinces keep the embedded names ("Idlib"), so filters and exports do not change with an import;
  // the imported spellings ("Idleb", "إدلب") find them.
  admin1(countryCode: string, code: string): AdminUnit | null {
    return this.embedded.admin1(countryCode, code) ?? this.imported.directory.admin1(countryCode, code);
  }

  admin1ByName(name: string, countryCode?: string): readonly AdminUnit[] {
    const base = this.embedded.admin1ByName(name, countryCode);
    const extra = this.imported.directory.admin1ByName(name, countryCode);
    if (extra.length === 0) return base;
    const seen = new Set(base.map((u) => `${u.countryCode}.${u.code}`));
    const more = extra.filter((u) => !seen.has(`${u.countryCode}.${u.code}`)).map((u) => this.embedded.admin1(u.countryCode, u.code) ?? u);
    return [...base, ...more];
  }

  admin2(countryCode: string, admin1Code: string, code: string): AdminUnit | null {
    return (
      this.imported.directory.admin2(countryCode, admin1Code, code) ??
      this.embedded.admin2(countryCode, admin1Code, code) ??
      this.admin2ByOwnCode.get(`${countryCode}.${code}`) ??
      null
    );
  }

  admin2ByName(name: string, countryCode?: string): readonly AdminUnit[] {
    return [...this.imported.directory.admin2ByName(name, countryCode), ...this.embedded.admin2ByName(name, countryCode)];
  }
}
