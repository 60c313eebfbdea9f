import type { Extractor } from '../../core/pipeline.ts';
import type { ReporterMention } from '../../core/mention.ts';
import type { Token } from '../../text/tokens.ts';
import { sentenceTokens } from '../../text/sentence-tokens.ts';

/** Verbs and phrases that attribute a statement to whoever stands next to them. */
const CUES = new Set([
  'said', 'says', 'say', 'saying', 'reported', 'reports', 'report', 'reporting', 'told', 'tells', 'claimed', 'claims',
  'claim', 'claiming', 'documented', 'documents', 'document', 'confirmed', 'confirms', 'stated', 'states', 'announced',
  'announces', 'added', 'counted', 'recorded', 'estimated', 'estimates', 'according', 'cited', 'quoted', 'alleged',
  'alleges', 'accused', 'denied', 'denies', 'insisted', 'asserted', 'noted', 'warned', 'tallied', 'published', 'posted',
  'tweeted', 'wrote', 'writes', 'headlines', 'updated', 'monitor', 'monitors', 'put', 'puts', 'gave', 'gives',
]);

const WINDOW = 4;
const KEEP_WORDS = new Set(['unnamed', 'government', 'medical', 'UN']);

function hasCueNear(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = Math.max(0, from - WINDOW); i < Math.min(tokens.length, to + WINDOW); i += 1) {
    if (i >= from && i < to) continue;
    if (CUES.has(tokens[i]!.norm)) return true;
  }
  return false;
}

/** Who says so: reporters from the reporter lexicon, and "according to <Name>" for names it lacks. */
export const reporterNames: Extractor = {
  name: 'reporter-names',
  extract(ctx, sentence) {
    const tokens = sentenceTokens(sentence);
    const found: ReporterMention[] = [];
    for (const m of ctx.lexicons.reporters.matchTokens(tokens)) {
      const to = m.tokenIndex + m.tokenCount;
      // Rescue groups and monitors are named as sources even without a verb beside them; everyone else needs one.
      if (!hasCueNear(tokens, m.tokenIndex, to) && m.value.type !== 'rescue NGO' && m.value.type !== 'monitor') continue;
      // Unnamed and official sources keep the report's own words ("provincial officials"); organisations get one name.
      const name = KEEP_WORDS.has(m.value.type) ? ctx.doc.text.slice(m.span.start, m.span.end).replace(/^the\s+/i, '') : m.value.name;
      found.push({ kind: 'reporter', span: m.span, name, type: m.value.type });
    }
    // "according to Kachin News Group": capitalised words after "according to" that the lexicon does not know.
    for (let i = 0; i + 2 < tokens.length; i += 1) {
      if (tokens[i]!.norm !== 'according' || tokens[i + 1]!.norm !== 'to') continue;
      let j = i + 2;
      if (tokens[j]?.norm === 'the') j += 1;
      const first = j;
      while (j < tokens.length && /^\p{Lu}/u.test(tokens[j]!.raw) && j - first < 6) j += 1;
      if (j === first) continue;
      const span = { start: tokens[first]!.start, end: tokens[j - 1]!.end };
      if (found.some((r) => r.span.start <= span.start && span.start < r.span.end)) continue;
      found.push({ kind: 'reporter', span, name: ctx.doc.text.slice(span.start, span.end), type: 'other' });
    }
    return found;
  },
};
