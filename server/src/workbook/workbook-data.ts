import type * as S from '../seed/seed-schemas.js';

/** A question as its folder's question.json holds it (contract "Seed layout"). */
export type QuestionRecord = S.Question;

/** Findings a question adds to a study held elsewhere (a question folder's findings.json entry, with its question). */
export interface QuestionFindings {
  studyId: string;
  /** The question that brings them (a workbook may hold several questions: the whole-graph export). */
  question: string;
  findings: S.Finding[];
}

/** An evidence entry; `findingSet: 'question'` indexes `question`'s findings for the study, not the record's own. */
export type WorkbookEvidence = Omit<S.Evidence, 'findingSet'> & { findingSet?: 'question'; question?: string };

/** A relation and who brought it: a question id, or none for the shared relations. */
export type WorkbookRelation = S.Relation & { question?: string };
/** A contraindication and the question that brought it (none: the only question of the workbook). */
export type WorkbookContraindication = S.Contraindication & { question?: string };

/**
 * One workbook's records in the seed's JSON shapes: the question(s), their articles, quotes, claims and links,
 * plus the shared records (studies, vocabulary, relations) they use. `claimQuestion` and `sourceQuestion` say
 * which question owns a claim or an article.
 */
export interface WorkbookData {
  questions: QuestionRecord[];
  questionFindings: QuestionFindings[];
  studies: S.Study[];
  sources: S.Source[];
  techniques: S.Technique[];
  mechanisms: S.Mechanism[];
  conditions: S.Condition[];
  outcomes: S.Outcome[];
  claims: S.Claim[];
  assertions: S.Assertion[];
  citations: S.Citation[];
  evidence: WorkbookEvidence[];
  contraindications: WorkbookContraindication[];
  relations: WorkbookRelation[];
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
