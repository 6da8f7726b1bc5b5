import type { EvidencePoint } from './evidence-point.js';
import { comparatorCategory } from './moderator-categories.js';

export type TimeBand = 'short-term' | 'long-term';

/** Cochrane's back-pain bands: up to 26 weeks (six months) is short-term, beyond it long-term; null when not stated. */
export function timeBandOf(p: Pick<EvidencePoint, 'timepoint' | 'timepointWeeks'>): TimeBand | null {
  if (p.timepointWeeks != null) return p.timepointWeeks <= 26 ? 'short-term' : 'long-term';
  const t = (p.timepoint ?? '').toLowerCase();
  if (/long[- ]term|\b(1|one) year|12 months|52 weeks/.test(t)) return 'long-term';
  if (/short[- ]term|immediate|post[- ]treatment|end of|\b\d{1,2} weeks?\b|\b[1-6] months?\b/.test(t)) return 'short-term';
  return null;
}

/** The kind of control a finding was compared with ("usual care", "inactive control (…)", …); null when unstated. */
export const comparisonOf = (p: Pick<EvidencePoint, 'comparator'>) => comparatorCategory(p.comparator);

/** True when a finding had no control group: change within the treated group only. */
export const isWithinGroup = (p: Pick<EvidencePoint, 'comparator'>) => /within[- ]group/i.test(p.comparator ?? '');

const KIND = (c: string | null) => (c == null ? null : c.startsWith('active') ? 'active' : c.startsWith('inactive and active') ? 'mixed' : c);

/** Two findings compare against the same kind of control, or one of them does not say. */
export function sameComparison(a: Pick<EvidencePoint, 'comparator'>, b: Pick<EvidencePoint, 'comparator'>): boolean {
  const x = KIND(comparisonOf(a));
  const y = KIND(comparisonOf(b));
  return x == null || y == null || x === y || x === 'mixed' || y === 'mixed';
}

/** Two findings are about the same time band, or one of them does not say. */
export function sameTimeBand(a: EvidencePoint, b: EvidencePoint): boolean {
  const x = timeBandOf(a);
  const y = timeBandOf(b);
  return x == null || y == null || x === y;
}
