import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../core/event.ts';
import { eventRecord } from './event-record-fixture.ts';
import type { GoldEvent } from './gold-schema.ts';
import { findGoldFiles, loadGoldCase } from './load-gold.ts';
import { scoreDocument } from './score-document.ts';

// The shared evaluation set lives beside the repository, not in it; without it there is nothing to check.
const shared = fileURLToPath(new URL('../../../shared/eval', import.meta.url));
const present = existsSync(shared);
if (!present) console.log(`gold-files.test: skipped, ${shared} is absent`);

/** The prediction a perfect reader would make: the gold's first choice for every field. */
function asPrediction(gold: GoldEvent): EventRecord {
  return eventRecord({
    id: `p-${gold.id}`,
    kind: gold.kind,
    date_start: gold.date_start ?? null,
    date_end: gold.date_end ?? null,
    event_type: gold.event_type ?? null,
    sub_event_type: gold.sub_event_type?.[0] ?? null,
    inter1: gold.actor1_inter?.[0] ?? null,
    inter2: gold.actor2_inter?.[0] ?? null,
    admin1: gold.admin1?.[0] ?? null,
    admin2: gold.admin2?.[0] ?? null,
    location: gold.location?.[0] ?? null,
    latitude: gold.latitude ?? null,
    longitude: gold.longitude ?? null,
    killed_best: gold.killed ?? null,
    killed_low: gold.killed_low ?? null,
    wounded_best: gold.wounded ?? null,
    killed_children: gold.killed_children ?? null,
    killed_women: gold.killed_women ?? null,
    killed_civilians: gold.killed_civilians ?? null,
    displaced: gold.displaced ?? null,
    reported_by: gold.reported_by ?? [],
  });
}

describe.skipIf(!present)('shared gold readings', () => {
  it('all load and point at readable reports with the header cut off', async () => {
    const files = await findGoldFiles([shared]);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const { doc } = await loadGoldCase(file);
      expect(doc.text.length, file).toBeGreaterThan(0);
      expect(doc.text.startsWith('source:'), `${file}: header left in the text`).toBe(false);
    }
  });

  it('the gold read back as a prediction scores perfectly', async () => {
    for (const file of await findGoldFiles([shared])) {
      const { gold } = await loadGoldCase(file);
      const score = scoreDocument(gold, gold.events.map(asPrediction));
      expect([score.missed, score.spurious], file).toEqual([[], []]);
      for (const pair of score.pairs) {
        expect(pair.predicted.id, file).toBe(`p-${pair.gold.id}`);
        expect(pair.fields.filter((f) => !f.right), `${file} ${pair.gold.id}`).toEqual([]);
      }
    }
  });
});
