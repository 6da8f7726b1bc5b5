import type { EffectSize } from './evidence-point.js';
import { TOPIC } from './vocabulary.js';

/** A difference patients notice, on one scale, and where the figure comes from. */
export interface MinimalImportantDifference {
  scale: string;
  value: number;
  source: string;
}

/**
 * Minimal important differences for the scales the findings report. Back-pain scales: Ostelo RW et al., "Interpreting
 * change scores for pain and functional status in low back pain", Spine 2008;33(1):90-94. Standardised mean
 * differences: half a standard deviation (Norman GR et al., Med Care 2003;41(5):582-592), a convention where no
 * scale-specific figure exists.
 */
const MIDS: Array<[RegExp, MinimalImportantDifference]> = [
  ...TOPIC.minimalImportantDifferences.map((m): [RegExp, MinimalImportantDifference] => [m.re, m.mid]),
  [/\bsmd\b|standardi[sz]ed mean/i, { scale: 'standardised mean difference', value: 0.5, source: 'Norman 2003 (half a standard deviation)' }],
];

/** The minimal important difference for an effect's measure, or null when none is known for it. */
export function midOf(effect: Pick<EffectSize, 'measure'> | null | undefined): MinimalImportantDifference | null {
  const measure = effect?.measure ?? '';
  return MIDS.find(([re]) => re.test(measure))?.[1] ?? null;
}
