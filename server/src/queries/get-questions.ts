import type { Db } from '../db/db.js';
import type { NodeModel, QuestionModel } from '../domain/models.js';
import { EVIDENCE_TYPES, nodeMap } from './cypher-parts.js';

/** A question's properties with its claim count and distinct study count. */
const questionRow = (q: string) => `${q} {
    .id, .wording, .population, .intervention,
    comparison: coalesce(${q}.comparison, ''), outcome: coalesce(${q}.outcome, ''), summary: coalesce(${q}.summary, ''),
    claimCount: COUNT { (${q})-[:ASKS]->(:Claim) },
    studyCount: COUNT { MATCH (${q})-[:ASKS]->(:Claim)<-[:${EVIDENCE_TYPES}]-(s:Study) RETURN DISTINCT s }
  }`;

export const LIST_QUESTIONS = /* cypher */ `
  MATCH (q:Question)
  RETURN ${questionRow('q')} AS question
  ORDER BY q.id`;

export const GET_QUESTIONS_BY_IDS = /* cypher */ `
  UNWIND $ids AS id
  MATCH (q:Question {id: id})
  RETURN ${questionRow('q')} AS question`;

/** The question asking each claim (a claim a curator made outside any question has none). */
export const GET_QUESTION_IDS_OF_CLAIMS = /* cypher */ `
  UNWIND $ids AS id
  MATCH (q:Question)-[:ASKS]->(:Claim {id: id})
  RETURN id AS key, q.id AS value`;

export const GET_SOURCES_OF_QUESTIONS = /* cypher */ `
  UNWIND $ids AS id
  MATCH (:Question {id: id})-[:STARTS_FROM]->(s:Source)
  WITH id, s ORDER BY s.id
  RETURN id AS key, ${nodeMap('s')} AS value`;

/** For each study, the question of every claim it has evidence on, with the edge ids. */
export const GET_QUESTIONS_OF_STUDY_EVIDENCE = /* cypher */ `
  UNWIND $ids AS id
  MATCH (:Study {id: id})-[e:${EVIDENCE_TYPES}]->(:Claim)<-[:ASKS]-(q:Question)
  WITH id, q.id AS question, collect(e.id) AS edges ORDER BY question
  RETURN id AS key, {question: question, edges: edges} AS value`;

export async function listQuestions(db: Db): Promise<QuestionModel[]> {
  const rows = await db.read<{ question: QuestionModel }>('LIST_QUESTIONS', LIST_QUESTIONS);
  return rows.map((r) => r.question);
}

/** Questions by id, in the order asked; null for an id that is not a question. */
export async function getQuestionsByIds(db: Db, ids: readonly string[]): Promise<Array<QuestionModel | null>> {
  const rows = await db.read<{ question: QuestionModel }>('GET_QUESTIONS_BY_IDS', GET_QUESTIONS_BY_IDS, { ids: [...ids] });
  const byId = new Map(rows.map((r) => [r.question.id, r.question]));
  return ids.map((id) => byId.get(id) ?? null);
}

async function keyed<T>(db: Db, name: string, cypher: string, ids: readonly string[]): Promise<Map<string, T[]>> {
  const rows = await db.read<{ key: string; value: T }>(name, cypher, { ids: [...ids] });
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.key, [...(out.get(r.key) ?? []), r.value]);
  return out;
}

/** The question id asking each claim, null for none. */
export async function getQuestionIdsOfClaims(db: Db, ids: readonly string[]): Promise<Array<string | null>> {
  const map = await keyed<string>(db, 'GET_QUESTION_IDS_OF_CLAIMS', GET_QUESTION_IDS_OF_CLAIMS, ids);
  return ids.map((id) => map.get(id)?.[0] ?? null);
}

export async function getSourcesOfQuestions(db: Db, ids: readonly string[]): Promise<NodeModel[][]> {
  const map = await keyed<NodeModel>(db, 'GET_SOURCES_OF_QUESTIONS', GET_SOURCES_OF_QUESTIONS, ids);
  return ids.map((id) => map.get(id) ?? []);
}

export interface StudyEvidenceByQuestion {
  question: string;
  edges: string[];
}

export async function getQuestionsOfStudyEvidence(db: Db, ids: readonly string[]): Promise<StudyEvidenceByQuestion[][]> {
  const map = await keyed<StudyEvidenceByQuestion>(db, 'GET_QUESTIONS_OF_STUDY_EVIDENCE', GET_QUESTIONS_OF_STUDY_EVIDENCE, ids);
  return ids.map((id) => map.get(id) ?? []);
}

export const GET_STUDY_IDS_OF_QUESTION = /* cypher */ `
  MATCH (q:Question {id: $question})
  CALL (q) {
    MATCH (q)-[:ASKS]->(:Claim)<-[:${EVIDENCE_TYPES}]-(s:Study) RETURN s
    UNION
    MATCH (q)-[:STARTS_FROM]->(:Source)-[:CITES]->(s:Study) RETURN s
  }
  RETURN s.id AS id ORDER BY id`;

/** Studies with evidence on the question's claims or cited by its articles, by id. */
export async function getStudyIdsOfQuestion(db: Db, question: string): Promise<string[]> {
  return (await db.read<{ id: string }>('GET_STUDY_IDS_OF_QUESTION', GET_STUDY_IDS_OF_QUESTION, { question })).map((r) => r.id);
}
