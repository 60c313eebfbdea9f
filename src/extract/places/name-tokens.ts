import type { Token } from '../../text/tokens.ts';
import { provinceAbbreviation } from './state-abbreviations.ts';

const POSSESSIVE = /['’]s$/i;
const INITIAL = /^\p{Lu}$/u;
// Words written short at the start of place names: Saint, Sainte, Mount, Fort, Point.
const SHORT_NAME_WORDS = /^(?:St|Ste|Mt|Ft|Pt)$/;

/** "Egypt's", "Idlib's": the name without its possessive ending, which is no part of the place's name. */
function withoutPossessive(token: Token): Token {
  if (token.raw.length < 4 || !POSSESSIVE.test(token.raw)) return token;
  return { start: token.start, end: token.end - 2, raw: token.raw.slice(0, -2), norm: token.norm.replace(/s$/, '') };
}

/**
 * The sentence's tokens as the place extractor reads them: possessive endings dropped, and initialisms
 * written with dots ("U.S.", "U.K.", "D.C.") made one token, as the tokenizer splits them at each dot.
 */
export function nameTokens(tokens: readonly Token[], text: string, base: number): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const dotted = text[token.end - base] === '.';
    // "St. Paul", "Mt. Pleasant": the short word keeps its dot, so the name runs on past it.
    if (dotted && SHORT_NAME_WORDS.test(token.raw) && next && next.start === token.end + 2 && /^\p{Lu}/u.test(next.raw)) {
      out.push({ start: token.start, end: token.end + 1, raw: `${token.raw}.`, norm: `${token.norm}.` });
      continue;
    }
    // "W.Va.", "W. Va.": a state written short in two parts is one token, written without the space.
    const closing = next ? next.end - base : -1;
    if (dotted && next && INITIAL.test(token.raw) && text[closing] === '.' && /^\p{Lu}\p{Ll}{1,2}$/u.test(next.raw) && next.start - token.end <= 2) {
      const written = `${token.raw}.${next.raw}.`;
      if (provinceAbbreviation(written, true)) {
        out.push({ start: token.start, end: next.end + 1, raw: written, norm: written.toLowerCase() });
        i += 1;
        continue;
      }
    }
    let j = i;
    while (j + 1 < tokens.length && INITIAL.test(tokens[j]!.raw) && INITIAL.test(tokens[j + 1]!.raw) && tokens[j + 1]!.start === tokens[j]!.end + 1 && text[tokens[j]!.end - base] === '.') j += 1;
    if (j === i) {
      out.push(withoutPossessive(tokens[i]!));
      continue;
    }
    const last = tokens[j]!;
    const end = text[last.end - base] === '.' ? last.end + 1 : last.end;
    const raw = text.slice(tokens[i]!.start - base, end - base);
    // The dots stay in the lexicon form: "u.s." is not the pronoun "us".
    out.push({ start: tokens[i]!.start, end, raw, norm: raw.toLowerCase() });
    i = j;
  }
  return out;
}
