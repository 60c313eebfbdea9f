import type { DocumentFacts } from '../core/incident.ts';
import type { ReconcileItem } from './reconcile-item.ts';

const WIRES: readonly [RegExp, string][] = [
  [/\breuters\b/i, 'Reuters'],
  [/\bafp\b|agence france[- ]presse/i, 'AFP'],
  [/\b(ap|associated press)\b/i, 'AP'],
  [/\bxinhua\b/i, 'Xinhua'],
  [/\banadolu\b/i, 'Anadolu'],
  [/\bdpa\b/i, 'dpa'],
  [/\bani\b/i, 'ANI'],
];

/**
 * The wire agency a republished report credits, from its outlet line ("The New Arab (AP)") or from a
 * credit at the head of its text ("SANAA (Reuters) -", "(AFP)"). Null when it credits none.
 */
export function wireOf(source: string | null, text: string): string | null {
  const head = text.slice(0, 400);
  const credit = head.match(/\((reuters|afp|ap|xinhua|anadolu|dpa|ani)\)/i) ?? head.match(/\b(reuters|afp|associated press)\s*[—–-]/i);
  const candidates = [credit?.[1] ?? '', source?.match(/\(([^)]*)\)/)?.[1] ?? ''];
  for (const text of candidates) {
    for (const [pattern, name] of WIRES) if (text && pattern.test(text)) return name;
  }
  return null;
}

/** Near-identical wording: the share of distinctive words two reports have in common. */
const NEAR_COPY = 0.8;

function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const other = new Set(b);
  const shared = a.filter((w) => other.has(w)).length;
  return shared / Math.min(a.length, b.length);
}

/**
 * The independent sources among an incident's reports: each outlet once, and copies of one wire story
 * (the same credited agency, or near-identical wording) once however many outlets republished them.
 */
export function independentSources(items: readonly ReconcileItem[]): string[] {
  const byDoc = new Map<string, { facts: DocumentFacts; words: string[] }>();
  for (const { facts, words } of items) {
    const held = byDoc.get(facts.id);
    if (held) held.words.push(...words);
    else byDoc.set(facts.id, { facts, words: [...words] });
  }
  const docs = [...byDoc.values()];
  const keys = docs.map(({ facts }) => (facts.wire ? `wire:${facts.wire}` : `outlet:${(facts.source ?? facts.id).toLowerCase()}`));
  // Near copies take the key of the first report they copy.
  for (let i = 1; i < docs.length; i += 1) {
    for (let j = 0; j < i; j += 1) {
      if (overlap(docs[i]!.words, docs[j]!.words) >= NEAR_COPY) {
        keys[i] = keys[j]!;
        break;
      }
    }
  }
  return [...new Set(keys)].sort();
}
