import type { ReporterMention, ReporterType } from '../../core/mention.ts';
import type { Extractor } from '../../core/pipeline.ts';
import type { Span } from '../../core/span.ts';

/** Speech verbs that follow their speaker: "a government military official said". */
const SPEECH = /\b(?:said|says|say|told|tells|reported|reports|claimed|claims|stated|confirmed|announced|added|noted|insisted|alleged|estimated|warned)\b/g;
/** Where a speaker's noun phrase may begin: after punctuation or a joining word. */
const BOUNDARY = /[,;:(“"”]|\b(?:and|but|that|while|as|which|who|when|where|after|before|because|so)\b/gi;
const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that|these|those|there|one|someone|who)$/i;
const ARTICLE = /^(?:the|a|an)\s+/i;
const MAX_WORDS = 12;
const TRAILING_ADVERB = /\s+(?:immediately|also|later|reportedly|earlier|previously|had|has|have|had also|then|further|initially|first|separately)$/i;
const NOT_A_SPEAKER = /^(?:no|nobody|none|nothing|not|neither|it|there|an?|the)$|^(?:no|nobody|none|nothing|not|neither|it|there)\b|\b(?:to|of|by|for|with|in|on|at|from)$/i;
/** A speaker phrase names a person by name or by role; anything else before "said" is a clause, not a speaker. */
const SPEAKER_NOUN = /\b(?:officials?|spokes(?:man|woman|person)|sources?|witness(?:es)?|residents?|activists?|medics?|doctors?|ministry|minister|governor|council(?:man|lor|member)?|commander|chief|head|director|agency|office|observatory|network|group|police|army|military|forces|government|authorities|committee|coordinator|organi[sz]ation|ngo|mission|monitor|statement|media|television|tv|radio|newspaper|villagers|locals|survivors?|relatives|mayor|administrator|leader|member|representative|envoy|secretary|president|prime minister|presidency|department|hospital|commission|commissioner|centre|center|institute|foundation|union|association|society|watch|rights|front|coalition|alliance|brigades?|battalion|command|headquarters|bureau|service|council|nurse|paramedics|rescuers|defence|defense|press|channel|outlet|website|agency)\b/i;
/** A proper name: capitalised words, with "of", "for", "the", "and" allowed between them. */
const NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|the|and|on|in)\s+)?\p{Lu}[\p{L}'’-]*){0,7}$/u;

const CLAUSE_WORD = /\b(?:carried|launched|killed|attacked|hit|struck|fired|destroyed|were|was|is|are|has|have|had|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

function looksLikeSpeaker(phrase: string): boolean {
  return (SPEAKER_NOUN.test(phrase) || NAME.test(phrase)) && !CLAUSE_WORD.test(phrase);
}

const UNNAMED = /\b(?:sources?|officials?|witness(?:es)?|residents?|activists?|medics?|doctors?|spokes(?:man|woman|person))\b/i;

function invertedSpeaker(text: string, from: number): { start: number; phrase: string } | null {
  const rest = /^\s+(?:(?:the|a|an)\s+)?([^,;.:()“”"]{2,120})/i.exec(text.slice(from, from + 140));
  if (!rest) return null;
  const phrase = rest[1]!.trim();
  const words = phrase.split(/\s+/);
  if (words.length > MAX_WORDS || PRONOUN.test(phrase) || NOT_A_SPEAKER.test(phrase) || !looksLikeSpeaker(phrase)) return null;
  return { start: from + rest[0].length - rest[1]!.length, phrase };
}

function typeOf(phrase: string): ReporterType {
  if (/\b(?:ministry|minister|governor|government|army|military|police|council|spokes\w+|official)\b/i.test(phrase)) return 'government';
  return UNNAMED.test(phrase) ? 'unnamed' : 'other';
}

/**
 * Who says so, when the lexicon does not know them: the noun phrase before a speech verb
 * ("the provincial governor's spokesman said", "Ghani Nayeb, head of a health department, told Reuters").
 */
export const speakerPhrases: Extractor = {
  name: 'speaker-phrases',
  extract(_ctx, sentence) {
    const found: ReporterMention[] = [];
    const text = sentence.text;
    SPEECH.lastIndex = 0;
    for (let m = SPEECH.exec(text); m !== null; m = SPEECH.exec(text)) {
      // "claims the lives of 6" and "an estimated 330,000" are not speech.
      const next = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^\s+(?:the\s+)?li(?:fe|ves)\b/i.test(next) || (m[0].toLowerCase() === 'estimated' && /^\s+\d/.test(next))) continue;
      const before = text.slice(Math.max(0, m.index - 160), m.index);
      // "..., said a government military official." names the speaker after the verb.
      if (/[,”"'’]\s*$/.test(before)) {
        const inverted = invertedSpeaker(text, m.index + m[0].length);
        if (inverted) {
          const start = sentence.span.start + inverted.start;
          found.push({ kind: 'reporter', span: { start, end: start + inverted.phrase.length }, name: inverted.phrase, type: typeOf(inverted.phrase) });
          continue;
        }
      }
      const offset = m.index - before.length;
      // "Abdul Karim, head of the district hospital, told": the apposition before the verb is the speaker.
      const apposition = /,\s*$/.exec(before);
      const searched = apposition ? before.slice(0, apposition.index) : before;
      let from = 0;
      BOUNDARY.lastIndex = 0;
      for (let b = BOUNDARY.exec(searched); b !== null; b = BOUNDARY.exec(searched)) from = b.index + b[0].length;
      while (from < before.length && /\s/.test(before[from]!)) from += 1;
      let phrase = searched.slice(from).trimEnd();
      for (let t = TRAILING_ADVERB.exec(phrase); t !== null; t = TRAILING_ADVERB.exec(phrase)) phrase = phrase.slice(0, t.index);
      const article = ARTICLE.exec(phrase);
      if (article) {
        from += article[0].length;
        phrase = phrase.slice(article[0].length);
      }
      const words = phrase.split(/\s+/).filter(Boolean);
      if (words.length === 0 || words.length > MAX_WORDS || PRONOUN.test(phrase) || NOT_A_SPEAKER.test(phrase) || !looksLikeSpeaker(phrase)) continue;
      const span: Span = { start: sentence.span.start + offset + from, end: sentence.span.start + offset + from + phrase.length };
      found.push({ kind: 'reporter', span, name: phrase, type: typeOf(phrase) });
    }
    return found;
  },
};
