import { directionOf, type Direction } from './balance.js';
import { labelOf, studyIds, type EvidencePoint } from './evidence-point.js';

export type RobustnessVerdict = 'ROBUST' | 'RESTS_ON_ONE_STUDY' | 'NO_EVIDENCE';

export interface Robustness {
  verdict: RobustnessVerdict;
  direction: Direction;
  /** Studies whose removal changes the direction. */
  pivotal: string[];
  text: string;
}

const WORDS: Record<Direction, string> = { SUPPORTS: 'for the claim', CONTRADICTS: 'against the claim', UNCLEAR: 'neither way clearly', NONE: 'nowhere (no evidence left)' };

/** Leave-one-out: does the direction survive leaving out any one study? */
export function leaveOneOut(points: readonly EvidencePoint[]): Robustness {
  const direction = directionOf(points);
  const ids = studyIds(points);
  if (!ids.length) return { verdict: 'NO_EVIDENCE', direction, pivotal: [], text: 'no evidence: no study to leave out' };
  const pivotal = ids
    .filter((id) => directionOf(points.filter((p) => p.studyId !== id)) !== direction)
    .map((id) => labelOf(points.find((p) => p.studyId === id)!));
  if (ids.length === 1) return { verdict: 'RESTS_ON_ONE_STUDY', direction, pivotal, text: `rests on one study (${pivotal[0]}): without it there is no evidence` };
  if (pivotal.length) {
    return { verdict: 'RESTS_ON_ONE_STUDY', direction, pivotal, text: `rests on one study: the evidence points ${WORDS[direction]}, but leaving out ${pivotal.join(' or ')} changes that` };
  }
  return { verdict: 'ROBUST', direction, pivotal, text: `robust: the evidence points ${WORDS[direction]} whichever one of the ${ids.length} studies is left out` };
}
