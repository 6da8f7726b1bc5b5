/**
 * The node kinds of the evidence graph: the GraphQL `NodeKind`, the Neo4j label and the seed file
 * each is loaded from. Migrations, label whitelists, the import's id check, the seed loader, the
 * resolvers and the page all derive from this list; adding a kind starts here.
 */
export const NODE_KINDS = [
  { kind: 'CLAIM', label: 'Claim', seedFile: 'claims.json' },
  { kind: 'STUDY', label: 'Study', seedFile: 'reference-studies.json' },
  { kind: 'SOURCE', label: 'Source', seedFile: 'sources.json' },
  { kind: 'TECHNIQUE', label: 'Technique', seedFile: 'techniques.json' },
  { kind: 'MECHANISM', label: 'Mechanism', seedFile: 'mechanisms.json' },
  { kind: 'CONDITION', label: 'Condition', seedFile: 'conditions.json' },
  { kind: 'OUTCOME', label: 'Outcome', seedFile: 'outcomes.json' },
] as const;

export type NodeKindInfo = (typeof NODE_KINDS)[number];
export type NodeKindName = NodeKindInfo['kind'];
export type NodeLabel = NodeKindInfo['label'];

/** Every node label, in model order (read at call time, so a kind added to the model is seen). */
export const nodeLabels = (): NodeLabel[] => NODE_KINDS.map((k) => k.label);

/** Every node kind, in model order. */
export const nodeKinds = (): NodeKindName[] => NODE_KINDS.map((k) => k.kind);

/** The label of a node kind: the only way a label reaches Cypher from a request. */
export function labelOfKind(kind: NodeKindName): NodeLabel {
  const hit = NODE_KINDS.find((k) => k.kind === kind);
  if (!hit) throw new Error(`unknown node kind ${String(kind)}`);
  return hit.label;
}

/** The kind of a label. */
export function kindOfLabel(label: NodeLabel): NodeKindName {
  const hit = NODE_KINDS.find((k) => k.label === label);
  if (!hit) throw new Error(`unknown node label ${String(label)}`);
  return hit.kind;
}

/** True for a string that is a label of the model. */
export const isNodeLabel = (value: unknown): value is NodeLabel => NODE_KINDS.some((k) => k.label === value);
