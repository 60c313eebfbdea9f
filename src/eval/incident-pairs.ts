/**
 * Pairwise scoring of reconciliation: for every two reports of the gold clusters, do they describe one
 * incident? Predicted yes when some incident holds events of both reports.
 */

export interface PairScores {
  readonly reports: number;
  readonly true_positives: number;
  readonly false_positives: number;
  readonly false_negatives: number;
  readonly precision: number;
  readonly recall: number;
  /** Pairs got wrong, for people to read. */
  readonly wrong: readonly { readonly a: string; readonly b: string; readonly gold: boolean }[];
}

export function scoreIncidentPairs(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): PairScores {
  const reports = [...new Set(gold.flat())].sort();
  const clusterOf = new Map<string, number>();
  gold.forEach((cluster, i) => cluster.forEach((r) => clusterOf.set(r, i)));
  const together = new Set<string>();
  for (const incident of predicted) {
    const docs = [...new Set(incident)].filter((d) => clusterOf.has(d)).sort();
    for (let i = 0; i < docs.length; i += 1) for (let j = i + 1; j < docs.length; j += 1) together.add(`${docs[i]}\n${docs[j]}`);
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: { a: string; b: string; gold: boolean }[] = [];
  for (let i = 0; i < reports.length; i += 1) {
    for (let j = i + 1; j < reports.length; j += 1) {
      const [a, b] = [reports[i]!, reports[j]!];
      const same = clusterOf.get(a) === clusterOf.get(b);
      const said = together.has(`${a}\n${b}`);
      if (same && said) tp += 1;
      else if (said) fp += 1;
      else if (same) fn += 1;
      if (same !== said) wrong.push({ a, b, gold: same });
    }
  }
  return {
    reports: reports.length,
    true_positives: tp,
    false_positives: fp,
    false_negatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    wrong,
  };
}
