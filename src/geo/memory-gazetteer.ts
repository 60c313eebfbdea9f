import type { AdminUnit, CountryInfo, GazetteerPlace } from './gazetteer.ts';
import { AdminDirectory } from './admin-directory.ts';
import { IndexedGazetteer, type PlaceStore } from './indexed-gazetteer.ts';
import { NameIndex } from './name-index.ts';
import { placeProminence } from './place-prominence.ts';

export interface MemoryPlace extends GazetteerPlace {
  /** Other spellings the place is known by. */
  readonly alternateNames?: readonly string[];
}

export interface MemoryGazetteerInput {
  readonly places: readonly MemoryPlace[];
  readonly countries?: readonly CountryInfo[];
  /** First- and second-level units; a second-level unit's `code` is "<admin1>.<admin2>". */
  readonly admins?: readonly AdminUnit[];
}

/** A gazetteer over a small list, for tests of other modules and for imported place lists. */
export function createMemoryGazetteer(input: MemoryGazetteerInput): IndexedGazetteer {
  const places: GazetteerPlace[] = input.places.map(({ alternateNames: _ignored, ...place }) => place);
  const index = NameIndex.build(places.length, (i) => [input.places[i]!.name, ...(input.places[i]!.alternateNames ?? [])], (i) => placeProminence(places[i]!.feature, places[i]!.population));
  const store: PlaceStore = {
    size: places.length,
    place: (i) => places[i]!,
    match: (index, distance, primary) => ({ store, index, distance, primary, place: places[index]! }),
    latitude: (i) => places[i]!.latitude,
    longitude: (i) => places[i]!.longitude,
  };
  return new IndexedGazetteer(store, index, new AdminDirectory(input.countries ?? [], input.admins ?? []));
}
