import type { Evidence, Finding, SeedData } from '../seed/seed-schemas.js';

/** A question as its folder's question.json holds it (contract "Seed layout"). */
export interface QuestionRecord {
  id: string;
  wording: string;
  population: string;
  intervention: string;
  comparison: string;
  outcome: string;
  summary: string;
}

/** Findings a question adds to a study held elsewhere (a question folder's findings.json). */
export interface QuestionFindings {
  studyId: string;
  /** The question that brings them (a workbook may hold several questions: the whole-graph export). */
  question: string;
  findings: Finding[];
}

/** An evidence entry; `findingSet: 'question'` indexes the question's findings for the study, not the record's own. */
export type WorkbookEvidence = Evidence & { findingSet?: 'question'; question?: string };

/**
 * One workbook's records in the seed's JSON shapes: the question(s), their articles, quotes, claims and links,
 * plus the shared records (studies, vocabulary, relations) they use. `questionOf*` say which question owns a
 * claim or an article when the workbook holds more than one.
 */
export interface WorkbookData extends Omit<SeedData, 'evidence'> {
  questions: QuestionRecord[];
  questionFindings: QuestionFindings[];
  evidence: WorkbookEvidence[];
  claimQuestion: Record<string, string>;
  sourceQuestion: Record<string, string>;
}

export const emptyWorkbookData = (): WorkbookData => ({
  questions: [],
  questionFindings: [],
  studies: [],
  sources: [],
  techniques: [],
  mechanisms: [],
  conditions: [],
  outcomes: [],
  claims: [],
  assertions: [],
  citations: [],
  evidence: [],
  contraindications: [],
  relations: [],
  claimQuestion: {},
  sourceQuestion: {},
});
