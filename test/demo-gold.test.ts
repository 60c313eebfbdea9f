import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openReader } from '../src/cli/open-reader.ts';
import { findGoldFiles, loadGoldCase } from '../src/eval/load-gold.ts';
import { scoreDocument, type DocumentScore } from '../src/eval/score-document.ts';
import { summariseScores, type EvalSummary } from '../src/eval/summarise-scores.ts';
import type { FieldName } from '../src/eval/field-scores.ts';
import { readDocument } from '../src/read-document.ts';
import thresholds from './gold/thresholds.json' with { type: 'json' };

// The top of the test pyramid: whole demo reports (written for the project) in, scored readings out, against
// hand-coded gold readings kept beside this file. The floors live in gold/thresholds.json.
describe('demo reports against their gold readings', () => {
  let summary: EvalSummary;
  let scores: DocumentScore[];

  beforeAll(async () => {
    const reader = await openReader({ dataDir: mkdtempSync(join(tmpdir(), 'sitrep-gold-')) });
    scores = [];
    for (const file of await findGoldFiles([join(import.meta.dirname, 'gold')])) {
      const { gold, doc } = await loadGoldCase(file);
      scores.push(scoreDocument(gold, readDocument(reader, doc).events));
    }
    summary = summariseScores(scores);
  }, 300_000);

  it('finds the required events', () => {
    expect(scores.length).toBeGreaterThanOrEqual(4);
    expect(summary.events.f1 ?? 0).toBeGreaterThanOrEqual(thresholds.events_f1);
  });

  it.each(Object.entries(thresholds.fields))('scores %s at or above its floor', (field, floor) => {
    const tally = summary.fields[field as FieldName];
    expect(tally.n).toBeGreaterThan(0);
    expect(tally.accuracy ?? 0).toBeGreaterThanOrEqual(floor);
  });
});
