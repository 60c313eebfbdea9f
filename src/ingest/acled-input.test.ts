import { describe, expect, it } from 'vitest';
import { readAcledText } from './acled-input.ts';

const HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';
const GOOD =
  'UGA7752,2022-02-23,2022,1,Political violence,Riots,Mob violence,Rioters (Uganda),,5,Civilians (Uganda),,7,57,,800,Eastern Africa,Uganda,Northern,Oyam,Oyam,Minakulu,2.44,32.3894,2,URN (Uganda); Daily Monitor,National,"On 23 February 2022, locals killed a suspected thief, ""police said"", in Minakulu.",1,,1646077433';
const PROTEST = 'BOL3216,2022-06-08,2022,1,Demonstrations,Protests,Peaceful protest,Protesters (Bolivia),,6,,,0,60,,68,South America,Bolivia,Santa Cruz,Ichilo,,Villa Yapacani,-17.4,-63.8333,1,Correo del Sur,National,"Residents\nprotested.",0,,1655149952';

function read(lines: string[]) {
  return [...readAcledText(lines.join('\n'), 'acled.csv')].map((r) =>
    r.ok ? { ok: true, line: r.line, id: r.event.id } : { ok: false, line: r.line, message: r.message },
  );
}

describe('readAcledText', () => {
  it('imports rows as events, coded fields as ACLED gave them', () => {
    const [first] = [...readAcledText([HEADER, GOOD].join('\n'), 'acled.csv')];
    expect(first?.ok).toBe(true);
    if (!first?.ok) return;
    expect(first.doc).toMatchObject({ id: 'acled-UGA7752', text: 'On 23 February 2022, locals killed a suspected thief, "police said", in Minakulu.', source: 'URN (Uganda); Daily Monitor' });
    expect(first.event).toMatchObject({
      id: 'UGA7752', doc_id: 'acled-UGA7752', event_type: 'Riots', sub_event_type: 'Mob violence', inter1: 5, inter2: 7,
      iso3: 'UGA', admin3: 'Oyam', latitude: 2.44, longitude: 32.3894, geo_precision: 2, where_prec: 2,
      fatalities: 1, killed_best: 1, reported_by: ['URN (Uganda)', 'Daily Monitor'],
    });
  });

  it('names bad rows by line and keeps the good ones, quoted line breaks counted', () => {
    expect(
      read([
        HEADER,
        PROTEST, // lines 2-3
        GOOD.replace('2022-02-23', '23/02/2022'), // line 4
        GOOD.replace('Mob violence', 'Armed clash'), // line 5
        'too,few,fields', // line 6
        GOOD.replace(',1,,1646077433', ',many,,1646077433'), // line 7
        GOOD, // line 8
      ]),
    ).toEqual([
      { ok: true, line: 2, id: 'BOL3216' },
      { ok: false, line: 4, message: expect.stringContaining('event_date (UGA7752)') },
      { ok: false, line: 5, message: expect.stringContaining('sub_event_type does not belong to event_type') },
      { ok: false, line: 6, message: 'expected 31 fields as in the header, found 3' },
      { ok: false, line: 7, message: expect.stringContaining('fatalities') },
      { ok: true, line: 8, id: 'UGA7752' },
    ]);
  });

  it('keeps the rows before a quote that never closes', () => {
    expect(read([HEADER, GOOD, 'X1,2022-01-01,"never closed', GOOD])).toEqual([
      { ok: true, line: 2, id: 'UGA7752' },
      { ok: false, line: 3, message: expect.stringContaining('the rest of the file was not read') },
    ]);
  });

  it.each([
    ['an empty file', [''], 'empty file'],
    ['a file that is not ACLED', ['id,text', '1,hello'], 'not an ACLED export: missing columns'],
  ])('refuses %s', (_name, lines, message) => {
    expect(read(lines)[0]).toMatchObject({ ok: false, line: 1, message: expect.stringContaining(message) });
  });

  it('hashes whole rows: a revised row differs, the same row does not', () => {
    const hash = (row: string) => {
      const [r] = [...readAcledText([HEADER, row].join('\n'), 'a.csv')];
      return r?.ok ? r.contentHash : null;
    };
    expect(hash(GOOD)).toBe(hash(GOOD));
    expect(hash(GOOD)).not.toBe(hash(GOOD.replace(',1,,1646077433', ',2,,1646077433')));
  });
});

// Rows as ACLED's exports before its 2019 codebook wrote them (made up here).
const LEGACY_HEADER = 'GWNO,EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,INTER1,ACTOR2,ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,ADMIN1,ADMIN2,ADMIN3,LOCATION,LATITUDE,LONGITUDE,GEO_PRECISION,SOURCE,NOTES,FATALITIES,,';
const LEGACY_SHELLING = '516,88BUR,,4/3/2016,2016,1,Remote violence,Unidentified Armed Group (Burundi),,3,Civilians (Burundi),,7,37,Burundi,Bujumbura Mairie,Ntahangwa,,Kamenge,-3.3409,29.3786,1,Iwacu,A grenade thrown at a bus stop in Kamenge wounded three.,0,,';
const LEGACY_CROWD = '516,89BUR,,5/3/2016,2016,1,Riots/Protests,Police Forces of Burundi (2015-),,1,,,0,10,Burundi,Bujumbura Mairie,Mukaza,,Bujumbura,-3.3822,29.3644,1,Iwacu,Police dispersed a crowd in the city centre.,0,,';

describe('readAcledText on legacy exports', () => {
  it('imports them as current rows, a type the old codebook cannot map left unknown', () => {
    const [shelling, crowd] = [...readAcledText([LEGACY_HEADER, LEGACY_SHELLING, LEGACY_CROWD].join('\n'), 'old.csv')];
    expect(shelling?.ok && shelling.event).toMatchObject({
      id: '88BUR', event_date: '2016-03-04', event_type: 'Explosions/Remote violence', sub_event_type: null,
      inter1: 3, inter2: 7, country: 'Burundi', location: 'Kamenge', latitude: -3.3409, geo_precision: 1,
    });
    // Neither rioters nor protesters coded: Riots or Protests cannot be told, so the type is unknown.
    expect(crowd?.ok && crowd.event).toMatchObject({ id: '89BUR', event_type: null, sub_event_type: null });
  });

  it('still names a bad legacy row by line', () => {
    const rows = [...readAcledText([LEGACY_HEADER, LEGACY_SHELLING.replace('4/3/2016', '4 March'), LEGACY_CROWD].join('\n'), 'old.csv')];
    expect(rows.map((r) => (r.ok ? r.event.id : `${r.line}: ${r.message}`))).toEqual([expect.stringMatching(/^2: event_date \(88BUR\): /), '89BUR']);
  });

  it('keeps blank types an error in a current export', () => {
    const rows = [...readAcledText([HEADER, GOOD.replace('Riots,Mob violence', ',')].join('\n'), 'acled.csv')];
    expect(rows[0]).toMatchObject({ ok: false, line: 2 });
  });
});
