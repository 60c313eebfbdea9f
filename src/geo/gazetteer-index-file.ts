import type { GazetteerPlace } from './gazetteer.ts';
import { encodeIndexFile, IndexFile } from './index-file.ts';
import { NameIndex } from './name-index.ts';
import { PackedPlaceStore, packPlaces, PLACE_SECTIONS } from './packed-places.ts';

/**
 * The compact index of a list of places, as the embedded cache and the data directory's imports both
 * keep it: one file of the places' columns and their name index. Bump the version when the layout or
 * the name key changes: a file of another version is refused by its header, so it is rebuilt.
 */
export const GAZETTEER_INDEX_VERSION = 9;
const KIND = 1;

export function encodeGazetteerIndex(places: readonly GazetteerPlace[], names: NameIndex): Buffer {
  return encodeIndexFile(KIND, GAZETTEER_INDEX_VERSION, [...packPlaces(places), ...names.sections()]);
}

export interface GazetteerIndex {
  readonly places: PackedPlaceStore;
  readonly names: NameIndex;
}

/** Reads an index file; throws `IndexFileError` for a file of another layout, kind or version. */
export function readGazetteerIndex(path: string, defaultSource: string): GazetteerIndex {
  const file = IndexFile.read(path, KIND, GAZETTEER_INDEX_VERSION);
  return { places: PackedPlaceStore.fromFile(file, 0, defaultSource), names: NameIndex.fromFile(file, PLACE_SECTIONS) };
}
