import neo4j from 'neo4j-driver';
import { nodeLabels } from '../domain/kinds.js';
import { EVIDENCE_TYPES } from '../domain/stances.js';

/** A node's properties with its label, as NodeModel: `n {.*, __label: …}`. */
export const nodeMap = (v: string) => `${v} {.*, __label: labels(${v})[0]}`;

/** An evidence edge `e` from study `s` to claim `c` with every stored property, as the loaders and the resolvers read it. */
const evidenceRow = (claim: string | null) => `e {.*, stance: type(e), study: ${nodeMap('s')}${claim ? `, claim: ${nodeMap(claim)}` : ''}}`;
export const EVIDENCE_ROW = evidenceRow('c');

/**
 * A subquery body that finds the node with id `idVar` under every label, each branch
 * an index seek on that label's unique id (a label-less match would scan every node).
 */
export const anyLabelById = (idVar: string, out = 'n') =>
  nodeLabels().map((label) => `MATCH (${out}:${label} {id: ${idVar}}) RETURN ${out}`).join('\n    UNION\n    ');

/** Evidence relationship types: the stance is the type. */
export { EVIDENCE_TYPES } from '../domain/stances.js';

/**
 * True when study `s` counts on claim `c` as a body of evidence of its own (server/src/evidence/count-once.ts):
 * it does not republish, and is neither superseded by nor included in, another study on the same claim.
 */
export const countedOn = (s: string, c: string) =>
  `NOT EXISTS { (${s})-[:REPUBLISHES]->(:Study)-[:${EVIDENCE_TYPES}]->(${c}) }` +
  ` AND NOT EXISTS { (${s})<-[:UPDATES*1..5]-(:Study)-[:${EVIDENCE_TYPES}]->(${c}) }` +
  ` AND NOT EXISTS { (${s})<-[:INCLUDES]-(:Study)<-[:UPDATES|REPUBLISHES*0..5]-(:Study)-[:${EVIDENCE_TYPES}]->(${c}) }`;

/** LIMIT and SKIP need an Integer: JS numbers travel as floats. */
export const int = (n: number) => neo4j.int(Math.trunc(n));

/** Groups rows by their `key` column, one (possibly empty) list per key asked for, in that order. */
export function groupByKey<T>(keys: readonly string[], rows: Array<{ key: string; value: T }>): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(row.key)?.push(row.value);
  return keys.map((k) => groups.get(k)!);
}
