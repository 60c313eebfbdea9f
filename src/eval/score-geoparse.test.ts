import { describe, expect, it } from 'vitest';
import type { PlaceMention } from '../core/mention.ts';
import { parseGeoparseCorpus } from './geoparse-corpus.ts';
import { geoparseShares, scoreGeoparseArticle } from './score-geoparse.ts';

// Two invented articles, one in each layout; the second counts its offsets from 1, as some corpora do.
const CORPUS = `<articles>
  <article docid="7"><text><![CDATA[Shelling hit Jalma near Hama. Turkish troops & Syria.]]></text><toponyms>
    <toponym><start>13</start><end>18</end><phrase>Jalma</phrase><gaztag geonameid="1"><lat>35.41</lat><lon>36.50</lon></gaztag></toponym>
    <toponym><start>24</start><end>28</end><phrase>Hama</phrase><gaztag geonameid="2"><lat>35.13</lat><lon>36.76</lon></gaztag></toponym>
    <toponym><start>30</start><end>37</end><phrase>Turkish</phrase><gaztag geonameid="3"><lat>39</lat><lon>35</lon></gaztag></toponym>
    <toponym><start>47</start><end>52</end><phrase>Syria</phrase><gaztag geonameid="4"><lat>35</lat><lon>38</lon></gaztag></toponym>
  </toponyms></article>
  <article><text>Floods in Idlib &amp; Aleppo.</text><locations>
    <location><name>Idlib</name><start>11</start><end>16</end><lat>35.93</lat><lon>36.63</lon></location>
    <location><name>Nowhere</name><start>2</start><end>9</end><lat>1</lat><lon>1</lon></location>
  </locations></article>
</articles>`;

function place(start: number, end: number, level: PlaceMention['level'], point: [number, number] | null, placeId: string | null): PlaceMention {
  return {
    kind: 'place', span: { start, end }, name: 'x', placeId, country: placeId ? 'Syria' : null, iso3: null, admin1: null, admin2: null,
    latitude: point?.[0] ?? null, longitude: point?.[1] ?? null, level, feature: null, score: 1,
  };
}

describe('geoparsing corpora', () => {
  const { articles, problems } = parseGeoparseCorpus(CORPUS, 'mini.xml');

  it('reads both layouts, decodes entities, realigns offsets counted from 1, and names what does not fit', () => {
    expect(articles.map((a) => a.id)).toEqual(['mini.xml#7', 'mini.xml#2']);
    expect(articles[0]!.text).toContain('Turkish troops & Syria');
    expect(articles[1]!.toponyms).toEqual([{ start: 10, end: 15, phrase: 'Idlib', latitude: 35.93, longitude: 36.63 }]);
    expect(problems).toEqual(['mini.xml: article 2: [2, 9) reads "oods in", not "Nowhere"']);
  });

  it('scores found toponyms, points within 161 km, units by the polygon check, demonyms apart', () => {
    const mentions = [
      place(13, 18, 'town', [35.3, 36.45], 'ocha:1'),
      place(24, 28, 'admin1', null, 'admin1:SY.10'),
      place(47, 52, 'country', null, 'country:SY'),
      place(0, 8, 'town', [10, 10], 'x:1'),
    ];
    const counts = scoreGeoparseArticle(articles[0]!, mentions, (m) => (m.placeId === 'country:SY' ? true : m.placeId === 'admin1:SY.10' ? null : false));
    expect(counts).toMatchObject({ gold: 4, found: 3, foundExact: 3, goldDemonyms: 1, foundDemonyms: 0, predicted: 4, predictedOnGold: 3, pointNear: 1, unitRight: 1, unitUnchecked: 1 });
    const shares = geoparseShares(counts);
    expect([shares.found, shares.foundWithoutDemonyms, shares.precision, shares.resolved]).toEqual([0.75, 1, 0.75, 1]);
  });

  it('counts a point further than 161 km as wrong', () => {
    const counts = scoreGeoparseArticle(articles[1]!, [place(10, 15, 'town', [33.5, 36.3], 'x:2')], () => null);
    expect([counts.pointNear, counts.pointFar, geoparseShares(counts).resolved]).toEqual([0, 1, 0]);
  });
});
