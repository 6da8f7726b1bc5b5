import {
  type BinaryArm,
  type ContinuousArm,
  type EffectSize,
  fromReportedInterval,
  type Measure,
  meanDifference,
  oddsRatio,
  riskDifference,
  riskRatio,
  standardisedMeanDifference,
} from './effect-sizes.js';

/** The numbers a reviewer extracts for one finding: the treatment arm against its comparator. */
export type FindingArmData =
  | { kind: 'binary'; treatment: BinaryArm; control: BinaryArm; measure?: 'RR' | 'OR' | 'RD' }
  | {
      kind: 'continuous';
      treatment: ContinuousArm;
      control: ContinuousArm;
      /** True when a lower score is the better outcome (pain, disability); false when higher is better (function). */
      lowerIsBetter: boolean;
      measure?: 'MD' | 'SMD';
    }
  | { kind: 'reported'; measure: Measure; estimate: number; lower: number; upper: number; level?: number };

export interface FindingEffect extends EffectSize {
  computedFrom: 'arm data' | 'reported interval';
  /** Continuous outcomes where higher is better are negated, so that below 0 always favours the treatment arm. */
  signReversed: boolean;
}

/** Binary outcomes default to the risk ratio (RevMan's default too); continuous to the SMD, since trials seldom share one instrument. */
const DEFAULT_BINARY = 'RR';
const DEFAULT_CONTINUOUS = 'SMD';

const BINARY = { RR: riskRatio, OR: oddsRatio, RD: riskDifference } as const;

function reversed<E extends EffectSize & { uncorrected?: number }>(effect: E): E {
  const flipped = { ...effect, estimate: -effect.estimate, lower: -effect.upper, upper: -effect.lower };
  if (effect.uncorrected !== undefined) flipped.uncorrected = -effect.uncorrected;
  return flipped;
}

/** The effect size of a finding: computed from its arms where it has them, else recovered from the reported interval. */
export function effectOfFinding(data: FindingArmData): FindingEffect {
  switch (data.kind) {
    case 'binary':
      return { ...BINARY[data.measure ?? DEFAULT_BINARY](data.treatment, data.control), computedFrom: 'arm data', signReversed: false };
    case 'continuous': {
      const compute = (data.measure ?? DEFAULT_CONTINUOUS) === 'MD' ? meanDifference : standardisedMeanDifference;
      const effect = compute(data.treatment, data.control);
      const signReversed = !data.lowerIsBetter;
      return { ...(signReversed ? reversed(effect) : effect), computedFrom: 'arm data', signReversed };
    }
    case 'reported':
      return { ...fromReportedInterval(data), computedFrom: 'reported interval', signReversed: false };
  }
}
