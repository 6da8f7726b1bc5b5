import type { ForestGroup as ForestGroupOut } from '../generated/graphql.js';
import type { ForestGroup } from '../evidence/forest.js';

const rowFields = (r: ForestGroup['rows'][number]) => ({ ...r, computedFrom: r.computedFrom === 'arm data' ? 'ARM_DATA' : 'REPORTED_INTERVAL' });

/** Forest plot groups as the GraphQL ForestGroup type shapes them. */
export function toForestFields(groups: readonly ForestGroup[]): ForestGroupOut[] {
  return groups.map((g) => ({
    key: g.key,
    measure: g.measure,
    noEffect: g.noEffect,
    scale: g.scale.toUpperCase(),
    comparison: g.comparison,
    outcome: g.outcome,
    timeBand: g.timeBand,
    instrument: g.instrument,
    rows: g.rows.map(rowFields),
    carried: g.carried.map(rowFields),
    pooled: g.pooled,
  }));
}
