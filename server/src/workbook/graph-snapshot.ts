import type { Db } from '../db/db.js';

/**
 * The graph as plain data, for comparing two graphs: every node by label and id, every relationship by type,
 * ends and id, with their properties. Left out as bookkeeping: the audit log and write locks (Change,
 * WriteLock nodes), version numbers, and the stored ranking figures (degree, weight) the loader recomputes.
 */
export type Snapshot = Map<string, string>;

export const IGNORED_LABELS = ['Change', 'WriteLock'];
export const IGNORED_PROPERTIES = ['version', 'degree', 'weight'];

const NODES = /* cypher */ `
  MATCH (n) WHERE NOT any(l IN labels(n) WHERE l IN $ignored)
  RETURN labels(n) AS labels, properties(n) AS p`;
const RELATIONSHIPS = /* cypher */ `
  MATCH (a)-[r]->(b) WHERE NOT any(l IN labels(a) + labels(b) WHERE l IN $ignored)
  RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS p`;

const sorted = (p: Record<string, unknown>) =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(p)
        .filter(([k]) => !IGNORED_PROPERTIES.includes(k))
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  );

export async function snapshot(db: Db): Promise<Snapshot> {
  const out: Snapshot = new Map();
  for (const n of await db.read<{ labels: string[]; p: Record<string, unknown> }>('SNAPSHOT_NODES', NODES, { ignored: IGNORED_LABELS })) {
    out.set(`node ${[...n.labels].sort().join(':')} ${String(n.p.id)}`, sorted(n.p));
  }
  for (const r of await db.read<{ type: string; from: string; to: string; p: Record<string, unknown> }>('SNAPSHOT_RELATIONSHIPS', RELATIONSHIPS, {
    ignored: IGNORED_LABELS,
  })) {
    const key = `${r.type} ${r.from} -> ${r.to}${r.p.id ? ` ${String(r.p.id)}` : ''}`;
    out.set(out.has(key) ? `${key} (again)` : key, sorted(r.p));
  }
  return out;
}

/** Added, changed and removed, counted per node label or relationship type. */
export interface SnapshotDiff {
  kind: string;
  added: number;
  changed: number;
  removed: number;
}

const kindOf = (key: string) => (key.startsWith('node ') ? key.split(' ')[1]! : key.split(' ')[0]!);

export function diffSnapshots(before: Snapshot, after: Snapshot): SnapshotDiff[] {
  const byKind = new Map<string, SnapshotDiff>();
  const bump = (key: string, field: 'added' | 'changed' | 'removed') => {
    const kind = kindOf(key);
    const d = byKind.get(kind) ?? { kind, added: 0, changed: 0, removed: 0 };
    d[field] += 1;
    byKind.set(kind, d);
  };
  for (const [key, props] of after) {
    const old = before.get(key);
    if (old === undefined) bump(key, 'added');
    else if (old !== props) bump(key, 'changed');
  }
  for (const key of before.keys()) if (!after.has(key)) bump(key, 'removed');
  return [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind));
}
