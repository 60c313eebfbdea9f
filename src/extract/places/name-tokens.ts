import type { Token } from '../../text/tokens.ts';

const POSSESSIVE = /['’]s$/i;
const INITIAL = /^\p{Lu}$/u;

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
