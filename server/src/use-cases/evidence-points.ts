import type { EffectSize, EvidencePoint, StudyRisk } from '../evidence/evidence-point.js';
import { isDesign } from '../evidence/weights.js';
import { REVIEW_METHODS, type ReviewMethod } from '../domain/claim-kinds.js';
import type { EvidenceModel, NodeModel } from '../domain/models.js';
import { bool, effectNumbers, noneStated, num, text } from './stored-values.js';
import { parseStoredArmData } from '../meta-analysis/arm-data-schema.js';

const isReviewMethod = (v: unknown): v is ReviewMethod => (REVIEW_METHODS as readonly unknown[]).includes(v);

/**
 * How readers name a study: "Cherkin 2011" (a person's family name and year); an organisation by the abbreviation
 * it gives in brackets ("KNGF 2021"), else its full name; the id when author or year is missing.
 */
export function studyLabel(study: NodeModel): string {
  const first = Array.isArray(study.authors) ? String(study.authors[0] ?? '').trim() : '';
  if (!first || typeof study.year !== 'number') return study.id;
  const person = /^(\S+(?:[ -]\S+)*?)\s+[A-Z]{1,3}$/.exec(first);
  if (person) return `${person[1]} ${study.year}`;
  const bracketed = /\(([A-Z]{2,})\)/.exec(first)?.[1];
  return `${bracketed ?? first} ${study.year}`;
}

/** The study's risk-of-bias record (or, for reviews, the certainty it states); null when none of it is stored. */
function riskOf(s: NodeModel): StudyRisk | null {
  const gc = s.gradeCertainty;
  const risk: StudyRisk = {
    randomised: bool(s.randomised),
    allocationConcealment: text(s.allocationConcealment),
    participantsBlinded: bool(s.participantsBlinded),
    assessorsBlinded: bool(s.assessorsBlinded),
    attritionNote: text(s.attritionNote),
    gradeCertainty: typeof gc === 'string' ? text(gc) : gc != null && typeof gc === 'object' ? JSON.stringify(gc) : null,
    qualityNote: text(s.qualityNote),
    statedRatings: text(s.statedRatings),
  };
  return noneStated(risk) ? null : risk;
}

function effectOf(e: Record<string, unknown>): EffectSize | null {
  const effect = effectNumbers(e);
  return noneStated(effect) ? null : effect;
}

/** An evidence edge as the summary rules see it; properties not yet stored count as not stated. */
export function toEvidencePoint(e: Pick<EvidenceModel, 'stance' | 'timepoint' | 'study'> & Record<string, unknown>): EvidencePoint {
  const { study } = e;
  const sourceKind = e.sourceKind === 'primary' || e.sourceKind === 'secondary' ? e.sourceKind : null;
  return {
    edgeId: text(e.id) ?? undefined,
    studyId: study.id,
    studyLabel: studyLabel(study),
    stance: e.stance,
    design: isDesign(study.design) ? study.design : 'other',
    sampleSize: num(study.sampleSize),
    timepoint: e.timepoint,
    timepointWeeks: num(e.timepointWeeks),
    outcome: text(e.outcome),
    outcomeMeasure: text(e.outcomeMeasure),
    comparator: text(e.comparator),
    population: text(study.population),
    sourceKind,
    effect: effectOf(e),
    armData: parseStoredArmData(e.armData),
    risk: riskOf(study),
    reviewMethod: isReviewMethod(study.reviewMethod) ? study.reviewMethod : null,
    year: num(study.year),
  };
}
