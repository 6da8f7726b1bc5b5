import type { EvidenceMap } from '../generated/graphql.js';
import { edgePasses, type EvidenceCriteria } from '../evidence/filter-evidence.js';
import { summarise } from '../evidence/summarise.js';
import { countOnce } from '../evidence/count-once.js';
import type { MapRow } from '../queries/get-evidence-map.js';
import { toEvidencePoint } from './evidence-points.js';
import type { NodeModel } from './models.js';

const hasCriteria = (c: EvidenceCriteria) => Object.values(c).some((v) => v != null);

/**
 * Spreads each claim over the (row, column) cells it links to, summarised by the evidence rule; with a filter, cells
 * left without studies drop out. Each claim's findings are first counted once (republications, superseded versions,
 * included trials), as on the claim itself.
 */
export function toEvidenceMap(rows: MapRow[], criteria: EvidenceCriteria, mechanismAxis: 'row' | 'column' | null = null): EvidenceMap {
  const cells = new Map<string, { row: string; column: string; claims: Set<string>; points: ReturnType<typeof toEvidencePoint>[] }>();
  const rowAxis = new Map<string, string>();
  const columnAxis = new Map<string, string>();
  for (const r of rows) {
    // A claim's evidence is filtered and counted once, then shared by every cell the claim falls in; on a mechanism
    // axis a finding counts only where it measured that mechanism (outcome evidence on a claim VIA it is not evidence for it).
    const passing = r.evidence.map((e) => ({ ...e, study: e.study as unknown as NodeModel })).filter((edge) => edgePasses(edge, criteria));
    const pointsFor = (mechanism: string | null) =>
      countOnce(
        passing.filter((e) => mechanism === null || e.measured.includes(mechanism)).map(toEvidencePoint),
        r.relations ?? [],
      ).counted;
    const all = mechanismAxis ? null : pointsFor(null);
    for (const row of r.rows) {
      rowAxis.set(row.id, row.label);
      for (const column of r.columns) {
        columnAxis.set(column.id, column.label);
        const key = `${row.id}\u0000${column.id}`;
        const cell = cells.get(key) ?? { row: row.id, column: column.id, claims: new Set<string>(), points: [] };
        cells.set(key, cell);
        cell.claims.add(r.claim);
        const points = all ?? pointsFor(mechanismAxis === 'row' ? row.id : column.id);
        for (const p of points) cell.points.push(p);
      }
    }
  }
  const filtered = hasCriteria(criteria);
  const out = [...cells.values()]
    .filter((c) => !filtered || c.points.length > 0)
    .map((c) => {
      const s = summarise(c.points);
      return { row: c.row, column: c.column, claims: [...c.claims].sort(), studies: s.studies, balance: s.balance, certainty: s.certainty, supporting: s.supporting, contradicting: s.contradicting, qualifying: s.qualifying };
    });
  const used = (axis: Map<string, string>, side: 'row' | 'column') =>
    [...axis].filter(([id]) => out.some((c) => c[side] === id)).map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label));
  return { rows: used(rowAxis, 'row'), columns: used(columnAxis, 'column'), cells: out };
}
