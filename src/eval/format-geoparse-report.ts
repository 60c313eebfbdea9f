import { GEOPARSE_TARGETS, geoparseShares, RESOLVED_KM, type GeoparseCounts } from './score-geoparse.ts';
import { formatTable, share } from './text-table.ts';

/** One row per corpus and a total: the shares beside the targets, then the counts behind them. */
export function formatGeoparseReport(rows: readonly (readonly [string, GeoparseCounts])[], problems: number): string {
  const shareRows = rows.map(([name, c]) => {
    const s = geoparseShares(c);
    return [name, c.gold, share(s.found), share(s.foundWithoutDemonyms), share(s.precision), share(s.resolved), share(s.resolvedPoints)];
  });
  const countRows = rows.map(([name, c]) => [name, c.found, c.foundExact, c.pointNear, c.pointFar, c.unitRight, c.unitWrong, c.unitUnchecked, c.unresolved]);
  return [
    `targets: found >= ${GEOPARSE_TARGETS.found.toFixed(2)}, resolved within ${RESOLVED_KM} km >= ${GEOPARSE_TARGETS.resolved.toFixed(2)} of those found`,
    '',
    formatTable(['corpus', 'gold', 'found', 'found (no demonyms)', 'precision', `resolved ${RESOLVED_KM} km`, 'points only'], shareRows),
    '',
    formatTable(['corpus', 'found', 'exact span', 'point near', 'point far', 'unit holds', 'unit misses', 'unit unchecked', 'unresolved'], countRows),
    ...(problems > 0 ? ['', `${problems} gold toponym(s) skipped: their phrase is not at their offsets (see --verbose)`] : []),
  ].join('\n');
}
