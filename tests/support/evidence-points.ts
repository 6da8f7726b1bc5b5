import type { EvidencePoint, StudyRisk } from '../../server/src/evidence/evidence-point.js';

/** A trial whose record states every safeguard: randomised, concealed, blinded. */
export const cleanRisk: StudyRisk = {
  randomised: true,
  allocationConcealment: 'adequate',
  participantsBlinded: true,
  assessorsBlinded: true,
  attritionNote: null,
  gradeCertainty: null,
  qualityNote: null,
};

/** A hand-made finding: by default a large, well-conducted RCT supporting the claim on pain at 10 weeks vs usual care. */
export const point = (over: Partial<EvidencePoint> & { studyId: string }): EvidencePoint => ({
  studyLabel: over.studyId,
  stance: 'SUPPORTS',
  design: 'rct',
  sampleSize: 400,
  timepoint: '10 weeks',
  timepointWeeks: 10,
  outcome: 'pain',
  outcomeMeasure: 'pain intensity',
  comparator: 'usual care',
  population: 'adults with chronic low back pain',
  sourceKind: 'primary',
  effect: null,
  risk: cleanRisk,
  ...over,
});

export const review = (over: Partial<EvidencePoint> & { studyId: string }): EvidencePoint =>
  point({
    design: 'systematic_review',
    sampleSize: null,
    risk: { ...cleanRisk, randomised: null, allocationConcealment: null, participantsBlinded: null, assessorsBlinded: null, gradeCertainty: 'high' },
    ...over,
  });

export const claim = { comparators: ['Usual care'], outcomes: ['Pain'], conditions: ['Chronic low back pain'] };
