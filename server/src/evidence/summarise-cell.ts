import { balanceOf } from './balance.js';
import { assessCertainty } from './certainty.js';
import type { CertaintyLevel, EvidencePoint, Stance } from './evidence-point.js';

/** What an evidence-map cell shows; the same figures `summarise` gives for these points. */
export interface CellSummary {
  /** Distinct studies counted. */
  studies: number;
  balance: number;
  certainty: CertaintyLevel | null;
  /** Findings (not studies) by stance. */
  supporting: number;
  contradicting: number;
  qualifying: number;
}

const NO_CLAIM_CONTEXT = { comparators: [], outcomes: [], conditions: [] };

/**
 * A cell's figures from its claims' counted findings. Only what the cell shows: a cell pooling thousands of studies
 * must not pay for leave-one-out or moderators (quadratic in studies), which the claim view computes per claim.
 */
export function summariseCell(points: readonly EvidencePoint[]): CellSummary {
  const byStance: Record<Stance, number> = { SUPPORTS: 0, CONTRADICTS: 0, QUALIFIES: 0 };
  const studies = new Set<string>();
  for (const p of points) {
    byStance[p.stance] += 1;
    studies.add(p.studyId);
  }
  return {
    studies: studies.size,
    balance: balanceOf(points),
    certainty: assessCertainty(points, NO_CLAIM_CONTEXT).level,
    supporting: byStance.SUPPORTS,
    contradicting: byStance.CONTRADICTS,
    qualifying: byStance.QUALIFIES,
  };
}
