import type { EvidenceSummary, StudyDesign } from '../generated/graphql.js';
import type { Summary } from '../evidence/summarise.js';
import { toForestFields } from './forest-fields.js';
import { defineLazy } from '../evidence/lazy-field.js';

/** A summary as the GraphQL EvidenceSummary type shapes it. */
export function toSummaryFields(s: Summary): EvidenceSummary {
  const fields: EvidenceSummary = {
    supporting: s.supporting,
    contradicting: s.contradicting,
    qualifying: s.qualifying,
    findings: s.findings,
    studies: s.studies,
    studiesSupporting: s.studiesSupporting,
    studiesContradicting: s.studiesContradicting,
    studiesQualifying: s.studiesQualifying,
    byDesign: s.byDesign.map((d) => ({ design: d.design.toUpperCase() as StudyDesign, count: d.count })),
    balance: s.balance,
    certainty: s.certainty,
    noEvidence: s.noEvidence,
    reason: s.reason,
    rule: s.rule,
    certaintyAssessment: {
      rule: s.assessment.rule,
      level: s.assessment.level,
      start: s.assessment.start,
      startReason: s.assessment.startReason,
      domains: s.assessment.domains,
      ceiling: s.assessment.ceiling,
    },
    reviewCertainty: s.reviewCertainty,
    assertedNotStudied: s.assertedNotStudied,
    contested: s.contested,
    verdict: s.verdict,
    verdictReason: s.verdictReason,
    assertions: s.assertions,
    excluded: s.excluded.map((e) => ({ edgeId: e.point.edgeId ?? null, studyId: e.point.studyId, study: e.point.studyLabel ?? e.point.studyId, stance: e.point.stance, code: e.code, reason: e.reason, carriedBy: e.carriedBy })),
  } as EvidenceSummary;
  // Read from the summary only when the request selects them (a lazy part of the summary is computed on that read).
  defineLazy(fields, 'possibleOverlap', () => s.possibleOverlap);
  defineLazy(fields, 'robustness', () => s.robustness);
  defineLazy(fields, 'moderators', () => s.moderators);
  defineLazy(fields, 'forest', () => toForestFields(s.forest));
  return fields;
}
