import { mergeSeed } from '../seed/merge-seed.js';
import type * as S from '../seed/seed-schemas.js';
import { emptyWorkbookData, type WorkbookData, type WorkbookEvidence } from './workbook-data.js';

/** The checked seed (shared/ and every question folder) as workbook data. */
export function seedToWorkbookData(seed: S.SeedData): WorkbookData {
  const data = emptyWorkbookData();
  const shared = [seed.shared, ...seed.questions];
  data.studies = shared.flatMap((p) => p.studies);
  data.techniques = shared.flatMap((p) => p.techniques);
  data.mechanisms = shared.flatMap((p) => p.mechanisms);
  data.conditions = shared.flatMap((p) => p.conditions);
  data.outcomes = shared.flatMap((p) => p.outcomes);
  data.relations = [...seed.shared.relations, ...seed.questions.flatMap((q) => q.relations.map((r) => ({ ...r, question: q.question.id })))];
  for (const q of seed.questions) {
    const id = q.question.id;
    data.questions.push(q.question);
    data.questionFindings.push(...q.findings.map((f) => ({ studyId: f.studyId, question: id, findings: f.findings })));
    data.sources.push(...q.sources);
    data.claims.push(...q.claims);
    data.assertions.push(...q.assertions);
    data.citations.push(...q.citations);
    data.contraindications.push(...q.contraindications.map((c) => ({ ...c, question: id })));
    data.evidence.push(
      ...q.evidence.map(({ findingSet, ...e }): WorkbookEvidence => (findingSet === 'question' ? { ...e, findingSet: 'question', question: id } : e)),
    );
    for (const c of q.claims) data.claimQuestion[c.id] = id;
    for (const s of q.sources) data.sourceQuestion[s.id] = id;
  }
  return data;
}

const only = (data: WorkbookData) => (data.questions.length === 1 ? data.questions[0]!.id : undefined);

/**
 * Workbook data as the seed loader's parts: the shared records (studies, vocabulary, relations without a
 * question) and one folder's worth per question. A link belongs to its claim's question.
 */
export function workbookToSeed(data: WorkbookData): S.SeedData {
  const fallback = only(data);
  const shared: S.SharedSeed = {
    studies: data.studies,
    techniques: data.techniques,
    mechanisms: data.mechanisms,
    conditions: data.conditions,
    outcomes: data.outcomes,
    relations: data.relations.filter((r) => !r.question).map(({ question: _q, ...r }) => r),
  };
  const questions = data.questions.map((question): S.QuestionSeed => {
    const id = question.id;
    const ownsSource = (s: string) => (data.sourceQuestion[s] ?? fallback) === id;
    const ownsClaim = (c: string) => (data.claimQuestion[c] ?? fallback) === id;
    return {
      question,
      findings: data.questionFindings.filter((f) => f.question === id).map((f) => ({ studyId: f.studyId, findings: f.findings })),
      sources: data.sources.filter((s) => ownsSource(s.id)),
      claims: data.claims.filter((c) => ownsClaim(c.id)),
      assertions: data.assertions.filter((a) => ownsSource(a.source)),
      citations: data.citations.filter((c) => ownsSource(c.source)),
      evidence: data.evidence
        .filter((e) => !e.findingSet || e.question === id)
        .map(({ findingSet, question: _q, ...e }) => ({ ...e, ...(findingSet ? { findingSet } : {}), links: e.links.filter((l) => ownsClaim(l.claim)) }))
        .filter((e) => e.links.length),
      contraindications: data.contraindications.filter((c) => (c.question ?? fallback) === id).map(({ question: _q, ...c }) => c),
      relations: data.relations.filter((r) => r.question === id).map(({ question: _q, ...r }) => r),
      studies: [],
      techniques: [],
      mechanisms: [],
      conditions: [],
      outcomes: [],
    };
  });
  return mergeSeed(shared, questions);
}
