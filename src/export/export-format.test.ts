import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/event.ts';
import { eventRecord } from '../eval/event-record-fixture.ts';
import { parseCsvRecords } from '../ingest/csv.ts';
import { ACLED_COLUMNS, conservativeFatalities, interactionCode } from './acled-csv.ts';
import { exportEvents } from './export-format.ts';
import { datePrecision, typeOfViolence, UCDP_COLUMNS } from './ucdp-csv.ts';

const strike = eventRecord({
  id: 'doc#1', doc_id: 'doc', event_date: '2019-06-21', date_start: '2019-06-21', date_end: '2019-06-21', time_precision: 1,
  event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
  actor1: 'Military Forces of Syria', inter1: 1, actor2: 'Civilians (Syria)', inter2: 7,
  country: 'Syria', iso3: 'SYR', admin1: 'Idlib', location: 'Kafr Nabl', latitude: 35.61, longitude: 36.56, geo_precision: 1, where_prec: 1,
  fatalities: 7, killed_low: 7, killed_best: 9, killed_high: 12, killed_civilians: 9,
  reported_by: ['White Helmets', 'SOHR'], source: 'EA WorldView',
  notes: 'On 21 June 2019, an airstrike hit "the market", killing 7–12,\nrescuers said.',
});
const province = eventRecord({ id: 'doc#2', doc_id: 'doc', kind: 'aggregate', country: 'Syria', admin1: 'Idlib', date_start: '2019-04-26', date_end: '2019-06-21' });

describe('ACLED CSV', () => {
  it("uses ACLED's columns in ACLED's order", () => {
    const header = exportEvents('acled', []).trimEnd();
    expect(header).toBe(
      'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp',
    );
  });

  it('writes rows that read back, notes with commas, quotes and line breaks intact', () => {
    const [row] = parseCsvRecords(exportEvents('acled', [strike]));
    expect(Object.keys(row!)).toEqual([...ACLED_COLUMNS]);
    expect(row).toMatchObject({
      event_id_cnty: 'doc#1', year: '2019', disorder_type: 'Political violence', interaction: '17', civilian_targeting: 'Civilian targeting',
      iso: '760', latitude: '35.61', longitude: '36.56', source: 'EA WorldView; White Helmets; SOHR', fatalities: '7', notes: strike.notes,
    });
  });

  it.each<[string, Partial<EventRecord>, number]>([
    ['our conservative figure', { fatalities: 3, killed_low: 2 }, 3],
    ['else the low figure', { killed_low: 2, killed_best: 5 }, 2],
    ['else the best', { killed_best: 5 }, 5],
    ['unknown is 0', {}, 0],
  ])('fatalities: %s', (_name, fields, expected) => {
    expect(conservativeFatalities(eventRecord({ id: 'x', ...fields }))).toBe(expected);
  });

  it.each<[number | null, number | null, number | null]>([
    [5, 7, 57],
    [7, 1, 17],
    [6, 0, 60],
    [1, null, 10],
    [null, null, null],
  ])('interaction of %s and %s is %s', (a, b, expected) => {
    expect(interactionCode(a, b)).toBe(expected);
  });
});

describe('UCDP GED CSV', () => {
  it("uses GED's columns and keeps low <= best <= high", () => {
    const [row] = parseCsvRecords(exportEvents('ucdp', [strike]));
    expect(Object.keys(row!)).toEqual([...UCDP_COLUMNS]);
    expect(row).toMatchObject({ best: '9', low: '7', high: '12', deaths_civilians: '9', deaths_unknown: '0', type_of_violence: '3', date_prec: '1', where_prec: '1', geom_wkt: 'POINT (36.56 35.61)', event_clarity: '1' });
    const [aggregate] = parseCsvRecords(exportEvents('ucdp', [province]));
    expect(aggregate).toMatchObject({ best: '0', low: '0', high: '0', geom_wkt: '', latitude: '', event_clarity: '2', date_prec: '5' });
  });

  it.each<[string | null, string | null, number | null]>([
    ['2020-01-01', '2020-01-01', 1],
    ['2020-01-01', null, 1],
    ['2020-01-01', '2020-01-04', 2],
    ['2020-01-01', '2020-01-08', 3],
    ['2020-01-01', '2020-01-31', 4],
    ['2020-01-01', '2020-03-01', 5],
    [null, null, null],
  ])('date_prec of %s..%s is %s', (start, end, expected) => {
    expect(datePrecision(start, end)).toBe(expected);
  });

  it.each<[Partial<EventRecord>, number | null]>([
    [{ event_type: 'Violence against civilians', inter1: 2 }, 3],
    [{ event_type: 'Battles', inter1: 1, inter2: 2 }, 1],
    [{ event_type: 'Battles', inter1: 2, inter2: 4 }, 2],
    [{ event_type: 'Explosions/Remote violence', inter1: 8, inter2: 7 }, 3],
    [{ event_type: 'Protests', inter1: 6 }, null],
    [{}, null],
  ])('type_of_violence of %j is %s', (fields, expected) => {
    expect(typeOfViolence(eventRecord({ id: 'x', ...fields }))).toBe(expected);
  });
});

describe('GeoJSON', () => {
  it('gives points only to placed events and says why the others have none', () => {
    const collection = JSON.parse(exportEvents('geojson', [strike, province]));
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features[0].geometry).toEqual({ type: 'Point', coordinates: [36.56, 35.61] });
    expect(collection.features[0].properties.evidence).toBeUndefined();
    expect(collection.features[1].geometry).toBeNull();
    expect(collection.features[1].properties.unlocated_reason).toBe('placed at admin1 level only');
  });

  it.each([[[]], [[province]], [[strike, strike, province]]])('is valid JSON for %# events, points only on request', (events) => {
    const all = JSON.parse(exportEvents('geojson', events)).features;
    const points = JSON.parse(exportEvents('geojson', events, { pointsOnly: true })).features;
    expect(all).toHaveLength(events.length);
    expect(points).toHaveLength(events.filter((e) => e.latitude !== null).length);
  });
});

describe('JSONL', () => {
  it('writes one record per line, read back unchanged', () => {
    const lines = exportEvents('jsonl', [strike, province]).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual([strike, province]);
  });
});
