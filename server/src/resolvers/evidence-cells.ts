import type { EvidenceMap } from '../generated/graphql.js';
import { edgePasses, type EvidenceCriteria } from '../evidence/filter-evidence.js';
import { summarise } from '../evidence/summarise.js';
import { countOnce } from '../evidence/count-once.js';
import type { MapRow } from '../queries/get-evidence-map.js';
import { toEvidencePoint } from './evidence-points.js';
import type { NodeModel } from './models.js';

const hasCriteria = (c: EvidenceCriteria) => Object.values(c).some((v) => v != null);

/**
 * Groups (row, claim, column) rows into cells summarised by the evidence rule; with a filter, cells left without studies drop out.
 * Each claim's findings are first counted once (republications, superseded versions, included trials), as on the claim itself.
 */
export function toEvidenceMap(rows: MapRow[], criteria: EvidenceCriteria): EvidenceMap {
  const cells = new Map<string, { row: string; column: string; claims: Set<string>; points: ReturnType<typeof toEvidencePoint>[] }>();
  const rowAxis = new Map<string, string>();
  const columnAxis = new Map<string, string>();
  for (const r of rows) {
    const key = `${r.row}\u0000${r.column}`;
    const cell = cells.get(key) ?? { row: r.row, column: r.column, claims: new Set<string>(), points: [] };
    cells.set(key, cell);
    cell.claims.add(r.claim);
    const passing = r.evidence
      .map((e) => ({ ...e, study: e.study as unknown as NodeModel }))
      .filter((edge) => edgePasses(edge, criteria))
      .map(toEvidencePoint);
    cell.points.push(...countOnce(passing, r.relations ?? []).counted);
    rowAxis.set(r.row, r.rowLabel);
    columnAxis.set(r.column, r.columnLabel);
  }
  const filtered = hasCriteria(criteria);
  const out = [...cells.values()]
    .filter((c) => !filtered || c.points.length > 0)
    .map((c) => {
      const s = summarise(c.points);
      return { row: c.row, column: c.column, claims: [...c.claims], studies: s.studies, balance: s.balance, certainty: s.certainty, supporting: s.supporting, contradicting: s.contradicting, qualifying: s.qualifying };
    });
  const used = (axis: Map<string, string>, side: 'row' | 'column') =>
    [...axis].filter(([id]) => out.some((c) => c[side] === id)).map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label));
  return { rows: used(rowAxis, 'row'), columns: used(columnAxis, 'column'), cells: out };
}
