import type { EvidencePoint, Stance } from './evidence-point.js';
import { studyWeight } from './weights.js';

const SIGN: Record<Stance, number> = { SUPPORTS: 1, CONTRADICTS: -1, QUALIFIES: 0 };

/** Weighted balance in [-1, 1]: each study weighs design × size, split across its findings; 0 with no findings. */
export function balanceOf(points: readonly EvidencePoint[]): number {
  const perStudy = new Map<string, number>();
  for (const p of points) perStudy.set(p.studyId, (perStudy.get(p.studyId) ?? 0) + 1);
  let weighted = 0;
  let total = 0;
  for (const p of points) {
    const w = studyWeight(p.design, p.sampleSize) / perStudy.get(p.studyId)!;
    weighted += w * SIGN[p.stance];
    total += w;
  }
  return total === 0 ? 0 : Math.round((weighted / total) * 100) / 100;
}

export type Direction = 'SUPPORTS' | 'CONTRADICTS' | 'UNCLEAR' | 'NONE';

/** Which way the evidence points: a balance of at least ±0.2, else unclear; NONE without findings. */
export function directionOf(points: readonly EvidencePoint[]): Direction {
  if (!points.length) return 'NONE';
  const b = balanceOf(points);
  return b >= 0.2 ? 'SUPPORTS' : b <= -0.2 ? 'CONTRADICTS' : 'UNCLEAR';
}

/** Contested: two different studies point different ways (one supports, another contradicts). */
export function isContested(points: readonly EvidencePoint[]): boolean {
  const pro = new Set(points.filter((p) => p.stance === 'SUPPORTS').map((p) => p.studyId));
  return points.some((p) => p.stance === 'CONTRADICTS' && [...pro].some((id) => id !== p.studyId));
}
