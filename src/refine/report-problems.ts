import type { Diagnostic } from '../core/diagnostic.ts';
import type { Refiner } from '../core/pipeline.ts';
import { MAX_FIGURE } from '../text/numbers.ts';

// Digit runs long enough to exceed any believable count: "999999999999", "1,000,000,000,000".
const HUGE_NUMBER = /\b\d{1,3}(?:,\d{3}){3,}\b|\b\d{10,}\b/g;
const LANGUAGES_READ = new Set(['en']);

/**
 * Problems with the data rather than the code, returned with the reading: a figure too large to believe (the
 * extractors ignore it), or a report in a language sitrep does not read yet (expect few or no events).
 */
export const reportProblems: Refiner = {
  name: 'report-problems',
  refine(ctx, state) {
    const found: Diagnostic[] = [];
    const language = ctx.doc.language;
    if (language && !LANGUAGES_READ.has(language)) {
      found.push({
        level: 'warning',
        code: 'language/unsupported',
        message: `the report looks like "${language}", which sitrep does not read yet: expect few or no events`,
      });
    }
    for (const sentence of state.sentences) {
      HUGE_NUMBER.lastIndex = 0;
      for (let m = HUGE_NUMBER.exec(sentence.text); m !== null; m = HUGE_NUMBER.exec(sentence.text)) {
        if (Number(m[0].replace(/,/g, '')) <= MAX_FIGURE) continue;
        const start = sentence.span.start + m.index;
        found.push({
          level: 'warning',
          code: 'figure/implausible',
          message: `"${m[0]}" is larger than any believable count (${MAX_FIGURE.toLocaleString('en')}); it was not read as a figure`,
          span: { start, end: start + m[0].length },
        });
      }
    }
    return found.length === 0 ? state : { ...state, diagnostics: [...state.diagnostics, ...found] };
  },
};
