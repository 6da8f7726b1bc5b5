import { DESIGNS } from '../../domain/designs.js';
import type { LeftOut, NodeKind } from '../../generated/graphql.js';
import type { Around, NeighbourhoodRows } from '../../queries/get-neighbourhood.js';
import type { GraphNodeRow } from '../../queries/graph-filter.js';
import { isDesign } from '../../evidence/weights.js';

/** The label at the other end of a relationship type, by direction from the node (the graph model fixes it). */
const OTHER_END: Record<string, { out: string; in: string }> = {
  SUPPORTS: { out: 'Claim', in: 'Study' },
  CONTRADICTS: { out: 'Claim', in: 'Study' },
  QUALIFIES: { out: 'Claim', in: 'Study' },
  ASSERTS: { out: 'Claim', in: 'Source' },
  CITES: { out: 'Study', in: 'Source' },
  ABOUT: { out: 'Technique', in: 'Claim' },
  IN: { out: 'Condition', in: 'Claim' },
  ON: { out: 'Outcome', in: 'Claim' },
  VIA: { out: 'Mechanism', in: 'Claim' },
  PART_OF: { out: 'Technique', in: 'Technique' },
  CONTRAINDICATED_IN: { out: 'Condition', in: 'Technique' },
};

const PLURAL: Record<string, [string, string]> = {
  Study: ['study', 'studies'],
  Claim: ['claim', 'claims'],
  Source: ['article', 'articles'],
  Technique: ['technique', 'techniques'],
  Condition: ['condition', 'conditions'],
  Outcome: ['outcome', 'outcomes'],
  Mechanism: ['mechanism', 'mechanisms'],
};
const DESIGN_NAMES: Record<string, [string, string]> = {
  rct: ['RCT', 'RCTs'],
  systematic_review: ['review', 'reviews'],
  guideline: ['guideline', 'guidelines'],
  case_report: ['case report', 'case reports'],
  cohort: ['cohort study', 'cohort studies'],
  validation_study: ['validation study', 'validation studies'],
  other: ['other', 'other'],
};
// One formatter: Number#toLocaleString builds a new one on every call, milliseconds per graph answer.
const thousands = new Intl.NumberFormat('en');
const say = (n: number, [one, many]: [string, string]) => `${thousands.format(n)} ${n === 1 ? one : many}`;

interface Group {
  label: string | null;
  design: string | null;
  count: number;
}

/** Ties between designs read in the model's order (RCTs before reviews), not in whatever order the database returned. */
const designRank = (d: string | null | undefined) => (DESIGNS as readonly string[]).indexOf(d ?? '');

/** "+238 studies: 41 RCTs, 12 reviews; +3 claims": kinds largest first, designs inside studies. */
export function describeLeftOut(groups: Group[], exact: boolean): string {
  const byLabel = new Map<string, Group[]>();
  for (const g of groups) byLabel.set(g.label ?? 'other', [...(byLabel.get(g.label ?? 'other') ?? []), g]);
  const parts = [...byLabel]
    .map(([label, gs]) => ({ label, gs, total: gs.reduce((s, g) => s + g.count, 0) }))
    .sort((a, b) => b.total - a.total)
    .map(({ label, gs, total }) => {
      const head = `+${say(total, PLURAL[label] ?? ['linked node', 'linked nodes'])}`;
      const designs = gs.filter((g) => g.design).sort((a, b) => b.count - a.count || designRank(a.design) - designRank(b.design)).map((g) => say(g.count, DESIGN_NAMES[g.design!] ?? [g.design!, g.design!]));
      return designs.length ? `${head}: ${designs.join(', ')}` : head;
    });
  return parts.join('; ') + (exact ? '' : ' (counted from the relationship store, before any filter)');
}

/** Per expanded node, the neighbours it has under the filter that are not drawn, grouped by kind (and design for studies). */
export function toLeftOut(rows: NeighbourhoodRows): LeftOut[] {
  const drawnNode = new Map(rows.nodes.map((n) => [n.id, n]));
  const drawn = new Map<string, Set<string>>();
  const drawnByType = new Map<string, number>();
  for (const e of rows.edges) {
    for (const [a, b, dir] of [[e.__source, e.__target, 'out'], [e.__target, e.__source, 'in']] as const) {
      drawn.set(a, (drawn.get(a) ?? new Set()).add(b));
      const k = `${a}\u0000${e.__type}_${dir}`;
      drawnByType.set(k, (drawnByType.get(k) ?? 0) + 1);
    }
  }
  const out: LeftOut[] = [];
  for (const around of rows.around) {
    const groups = around.exact ? exactGroups(around, drawn.get(around.id) ?? new Set(), drawnNode) : hubGroups(around, drawnByType);
    const count = groups.reduce((s, g) => s + g.count, 0);
    if (count === 0) continue;
    out.push({
      nodeId: around.id,
      count,
      exact: around.exact,
      label: describeLeftOut(groups, around.exact),
      groups: groups.map((g) => ({
        kind: g.label && PLURAL[g.label] ? (g.label.toUpperCase() as NodeKind) : null,
        design: g.design && isDesign(g.design) ? (g.design.toUpperCase() as LeftOut['groups'][number]['design']) : null,
        count: g.count,
      })),
    });
  }
  return out;
}

function exactGroups(around: Extract<Around, { exact: true }>, drawn: Set<string>, drawnNode: Map<string, GraphNodeRow>): Group[] {
  const counts = new Map<string, Group>();
  const add = (label: string, design: string | null, n: number) => {
    const key = `${label}\u0000${design ?? ''}`;
    const g = counts.get(key) ?? { label, design, count: 0 };
    g.count += n;
    counts.set(key, g);
  };
  for (const g of around.groups) add(g.label, g.label === 'Study' && isDesign(g.design) ? g.design : null, g.count);
  for (const id of drawn) {
    const n = drawnNode.get(id);
    if (n) add(n.__label, n.__label === 'Study' && isDesign(n.design) ? n.design : null, -1);
  }
  return [...counts.values()].filter((g) => g.count > 0);
}

function hubGroups(around: Extract<Around, { exact: false }>, drawnByType: Map<string, number>): Group[] {
  const counts = new Map<string, number>();
  for (const [key, n] of Object.entries(around.byType)) {
    const [, type, dir] = /^(.*)_(out|in)$/.exec(key) ?? [];
    if (!type || !dir) continue;
    const left = n - (drawnByType.get(`${around.id}\u0000${key}`) ?? 0);
    if (left <= 0) continue;
    const label = OTHER_END[type]?.[dir as 'out' | 'in'] ?? 'other';
    counts.set(label, (counts.get(label) ?? 0) + left);
  }
  return [...counts].map(([label, count]) => ({ label, design: null, count }));
}
