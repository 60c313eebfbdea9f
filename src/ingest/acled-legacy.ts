/**
 * ACLED exports from before its 2019 codebook: capitalised column names, dates written day/month/year,
 * ALLY_ACTOR where today's files say assoc_actor, and nine event types that the revision renamed and split
 * into today's types and sub-types. A legacy record is read as a current one, so the readers downstream
 * know one shape. Where the old type does not say which new one it became (the sub-type of "Remote
 * violence", whether a "Riots/Protests" row was a riot when no rioters are coded), the column is left
 * empty: unknown, never guessed.
 */

/** True when a header is the legacy one (capitalised names, no current event_id_cnty column). */
export function isLegacyAcledHeader(columns: readonly string[]): boolean {
  return columns.includes('EVENT_ID_CNTY') && !columns.includes('event_id_cnty');
}

const RENAMED: Readonly<Record<string, string>> = { ally_actor_1: 'assoc_actor_1', ally_actor_2: 'assoc_actor_2' };

/** The old event types as [event_type, sub_event_type] of the current codebook; '' where it cannot say. */
const TYPES: Readonly<Record<string, readonly [string, string]>> = {
  'Battle-No change of territory': ['Battles', 'Armed clash'],
  'Battle-Government regains territory': ['Battles', 'Government regains territory'],
  'Battle-Non-state actor overtakes territory': ['Battles', 'Non-state actor overtakes territory'],
  'Remote violence': ['Explosions/Remote violence', ''],
  'Violence against civilians': ['Violence against civilians', ''],
  'Strategic development': ['Strategic developments', ''],
  'Non-violent transfer of territory': ['Strategic developments', 'Non-violent transfer of territory'],
  'Headquarters or base established': ['Strategic developments', 'Headquarters or base established'],
};

// ACLED's actor codes: 5 rioters, 6 protesters.
const RIOTERS = '5';
const PROTESTERS = '6';

/** A legacy column's current name ('' stays '': the unnamed columns legacy files end with). */
export function modernAcledColumn(name: string): string {
  const lower = name.toLowerCase();
  return RENAMED[lower] ?? lower;
}

/** The columns a legacy header gives once its rows are read with `modernAcledRecord`. */
export function modernAcledColumns(header: readonly string[]): string[] {
  return [...header.filter((name) => name !== '').map(modernAcledColumn), 'sub_event_type'];
}

/** A legacy record under the current column names and values; columns it does not know pass through lower-cased. */
export function modernAcledRecord(record: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(record)) if (name !== '') out[modernAcledColumn(name)] = value;
  out['event_date'] = isoFromDayMonthYear(out['event_date'] ?? '');
  const [eventType, subEventType] = modernType(out['event_type']?.trim() ?? '', out['inter1']?.trim() ?? '', out['inter2']?.trim() ?? '');
  out['event_type'] = eventType;
  out['sub_event_type'] = subEventType;
  return out;
}

function modernType(old: string, inter1: string, inter2: string): readonly [string, string] {
  if (old === 'Riots/Protests') {
    if (inter1 === RIOTERS || inter2 === RIOTERS) return ['Riots', ''];
    if (inter1 === PROTESTERS || inter2 === PROTESTERS) return ['Protests', ''];
    return ['', ''];
  }
  // A type the table does not know is kept as written, for the reader's own check to name it.
  return TYPES[old] ?? [old, ''];
}

/** "29/12/2015" as "2015-12-29"; anything else is returned unchanged, for the date check to report. */
export function isoFromDayMonthYear(text: string): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) return text;
  const [, day, month, year] = match;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

/** Records read from one CSV file, under current column names whichever codebook the file was written to. */
export function currentAcledRecords(records: readonly Record<string, string>[]): Record<string, string>[] {
  const first = records[0];
  return first && isLegacyAcledHeader(Object.keys(first)) ? records.map(modernAcledRecord) : [...records];
}
