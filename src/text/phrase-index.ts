import type { Span } from '../core/span.ts';
import { normaliseWord, tokenize, type Token } from './tokens.ts';

interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  value: T | undefined;
}

export interface PhraseMatch<T> {
  readonly span: Span;
  readonly value: T;
  /** Index of the first token of the match in the token list searched. */
  readonly tokenIndex: number;
  readonly tokenCount: number;
}

/**
 * Leftmost-longest matching of multi-word phrases over word tokens, case- and accent-insensitive.
 * Cost is linear in the number of tokens times the longest phrase, whatever the input.
 */
export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = { next: new Map(), value: undefined };

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  static fromEntries<E extends { readonly phrases: readonly string[] }>(entries: readonly E[]): PhraseIndex<E> {
    const index = new PhraseIndex<E>();
    for (const entry of entries) for (const phrase of entry.phrases) index.add(phrase, entry);
    return index;
  }

  add(phrase: string, value: T): void {
    const words = tokenize(phrase).map((t) => t.norm);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), value: undefined };
        node.next.set(word, child);
      }
      node = child;
    }
    // The first entry for a phrase wins, so user lexicons loaded first can override the defaults.
    if (node.value === undefined) node.value = value;
  }

  has(word: string): boolean {
    return this.root.next.has(normaliseWord(word));
  }

  /**
   * The longest phrase that starts exactly at token `at` and ends before `at + maxTokens`, or null.
   * What `matchTokens(tokens.slice(at, at + maxTokens))` finds at its first token, without the copy.
   */
  matchAt(tokens: readonly Token[], at: number, maxTokens = Number.POSITIVE_INFINITY): PhraseMatch<T> | null {
    const limit = Math.min(tokens.length, at + maxTokens);
    if (at >= limit) return null;
    let node = this.root.next.get(tokens[at]!.norm);
    let bestEnd = -1;
    let bestValue: T | undefined;
    let j = at;
    while (node) {
      if (node.value !== undefined) {
        bestEnd = j;
        bestValue = node.value;
      }
      j += 1;
      if (j >= limit) break;
      node = node.next.get(tokens[j]!.norm);
    }
    if (bestValue === undefined) return null;
    return { span: { start: tokens[at]!.start, end: tokens[bestEnd]!.end }, value: bestValue, tokenIndex: at, tokenCount: bestEnd - at + 1 };
  }

  matchTokens(tokens: readonly Token[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node = this.root.next.get(tokens[i]!.norm);
      let best: { end: number; value: T } | undefined;
      let j = i;
      while (node) {
        if (node.value !== undefined) best = { end: j, value: node.value };
        j += 1;
        if (j >= tokens.length) break;
        node = node.next.get(tokens[j]!.norm);
      }
      if (best) {
        found.push({
          span: { start: tokens[i]!.start, end: tokens[best.end]!.end },
          value: best.value,
          tokenIndex: i,
          tokenCount: best.end - i + 1,
        });
        i = best.end + 1;
      } else {
        i += 1;
      }
    }
    return found;
  }

  match(text: string, base = 0): PhraseMatch<T>[] {
    return this.matchTokens(tokenize(text, base));
  }
}
