import type { Design } from './weights.js';
import type { Stance } from '../domain/stances.js';
import type { ClaimKind, ReviewMethod } from '../domain/claim-kinds.js';
import type { ArmData } from '../meta-analysis/arm-data-schema.js';

export type { Stance } from '../domain/stances.js';
export type CertaintyLevel = 'HIGH' | 'MODERATE' | 'LOW' | 'VERY_LOW';

/** A structured effect size as the source states it (any part may be missing). */
export interface EffectSize {
  measure: string | null;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  participants: number | null;
  studies: number | null;
}

/** What the study record says about its own risk of bias (trials) or the certainty it states (reviews); null = not stated. */
export interface StudyRisk {
  randomised: boolean | null;
  allocationConcealment: string | null;
  participantsBlinded: boolean | null;
  assessorsBlinded: boolean | null;
  attritionNote: string | null;
  gradeCertainty: string | null;
  qualityNote: string | null;
  /** Structured ratings the review states per comparison (JSON text of the seed's `statedCertainty`), when recorded. */
  statedRatings?: string | null;
}

/** One finding (evidence edge) of one study on one claim, as the rules see it. Optional fields: missing = not stated. */
export interface EvidencePoint {
  edgeId?: string;
  studyId: string;
  /** How a reader names the study, e.g. "Cherkin 2011"; the id when unknown. */
  studyLabel?: string;
  stance: Stance;
  design: Design;
  sampleSize: number | null;
  timepoint: string | null;
  timepointWeeks?: number | null;
  outcome?: string | null;
  outcomeMeasure?: string | null;
  comparator?: string | null;
  population?: string | null;
  sourceKind?: 'primary' | 'secondary' | null;
  effect?: EffectSize | null;
  /** The extracted numbers (events and totals, or means, SDs and sizes per arm, or a reported effect), when recorded. */
  armData?: ArmData | null;
  risk?: StudyRisk | null;
  /** Reviews only: systematic, an overview of reviews or narrative; missing = systematic where the design says review. */
  reviewMethod?: ReviewMethod | null;
  /** Publication year, for telling which trials a later review could have included. */
  year?: number | null;
}

export type Domain = 'RISK_OF_BIAS' | 'INCONSISTENCY' | 'INDIRECTNESS' | 'IMPRECISION' | 'PUBLICATION_BIAS';

/** One GRADE domain as judged: levels taken off (0–2), in words, and the studies behind it. */
export interface DomainJudgement {
  domain: Domain;
  levels: number;
  assessed: boolean;
  reason: string;
  studies: string[];
}

export type RelationType = 'UPDATES' | 'REPUBLISHES' | 'INCLUDES';

/** `(:Study {id: from})-[:type]->(:Study {id: to})`. */
export interface StudyRelation {
  from: string;
  type: RelationType;
  to: string;
}

/** What the claim is about, for judging directness: names (and aliases) of its linked entities. */
export interface ClaimContext {
  comparators: readonly string[];
  outcomes: readonly string[];
  conditions: readonly string[];
  /** Missing: an effect claim. */
  kind?: ClaimKind;
  /** IMPROVES / WORSENS claim an effect; NO_EFFECT claims its absence (equivalence). Missing: IMPROVES. */
  direction?: string | null;
}

export const labelOf = (p: Pick<EvidencePoint, 'studyId' | 'studyLabel'>) => p.studyLabel ?? p.studyId;

/** Distinct study labels of some points, in first-seen order. */
export const studyLabels = (points: readonly EvidencePoint[]) => [...new Map(points.map((p) => [p.studyId, labelOf(p)])).values()];

/** Distinct study ids of some points, in first-seen order. */
export const studyIds = (points: readonly EvidencePoint[]) => [...new Set(points.map((p) => p.studyId))];
