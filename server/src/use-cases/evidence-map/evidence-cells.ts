import type { EvidenceMap } from '../../generated/graphql.js';
import { edgeMatches, hasCriteria, type EvidenceCriteria } from '../../queries/evidence-filter.js';
import { summariseCell } from '../../evidence/summarise-cell.js';
import { countOnce } from '../../evidence/count-once.js';
import type { EvidencePoint } from '../../evidence/evidence-point.js';
import type { MapPage } from '../../queries/get-evidence-map.js';
import { toEvidencePoint } from '../evidence-points.js';
import type { NodeModel } from '../../domain/models.js';


interface Cell {
  row: string;
  column: string;
  claims: string[];
  points: EvidencePoint[];
}

/**
 * Builds the evidence map page by page: each claim is spread over the (row, column) cells it links to, its
 * findings filtered and counted once (republications, superseded versions, included trials) as on the claim
 * itself, then shared by every cell it falls in; `finish` summarises each cell by the evidence rule. With a
 * filter, cells left without studies drop out.
 */
export function evidenceMapBuilder(criteria: EvidenceCriteria, mechanismAxis: 'row' | 'column' | null = null) {
  const cells = new Map<string, Cell>();
  const rowAxis = new Map<string, string>();
  const columnAxis = new Map<string, string>();
  return {
    add(page: MapPage) {
      const studyOf = new Map(page.studies.map((s) => [s.id, s as unknown as NodeModel]));
      for (const r of page.claims) {
        // On a mechanism axis a finding counts only where it measured that mechanism (outcome evidence on a claim VIA it is not evidence for it).
        const passing = r.evidence.flatMap((e) => {
          const edge = { ...e, study: studyOf.get(e.study)! };
          return edge.study && edgeMatches(edge, criteria) ? [edge] : [];
        });
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
            const cell = cells.get(key) ?? { row: row.id, column: column.id, claims: [], points: [] };
            cells.set(key, cell);
            cell.claims.push(r.claim);
            const points = all ?? pointsFor(mechanismAxis === 'row' ? row.id : column.id);
            for (const p of points) cell.points.push(p);
          }
        }
      }
    },
    finish(): Omit<EvidenceMap, 'computedAt' | 'stale'> {
      const filtered = hasCriteria(criteria);
      const out = [...cells.values()]
        .filter((c) => !filtered || c.points.length > 0)
        .map((c) => {
          const claims = [...new Set(c.claims)].sort();
          return { row: c.row, column: c.column, claims, claimCount: claims.length, ...summariseCell(c.points) };
        });
      const used = (axis: Map<string, string>, side: 'row' | 'column') => {
        const present = new Set(out.map((c) => c[side]));
        return [...axis].filter(([id]) => present.has(id)).map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label));
      };
      return { rows: used(rowAxis, 'row'), columns: used(columnAxis, 'column'), cells: out };
    },
  };
}
