// "Pa Zi Gyi Village": a word for the kind of settlement is no part of its name, as coders write it;
// "Gaza City", "Zaatari Camp" keep theirs.
const KIND_WORD = /\s+(?:village|hamlet|town)$/i;

/** A town as the report spells it, less a trailing "village" or "town" its own name does not hold. */
export function writtenTown(written: string, name: string): string {
  return KIND_WORD.test(written) && !KIND_WORD.test(name) ? written.replace(KIND_WORD, '') : written;
}
