import fs from 'node:fs';
import path from 'node:path';
import type { Claim, Evidence, Finding, StatedRating, Study } from '../../server/src/seed/seed-schemas.js';

/** The acupuncture question's seed folder, and the records it shares with every other question. */
export const QUESTION_ID = 'acupuncture-low-back-pain';
export const QUESTION_DIR = new URL(`../../graph-seed/questions/${QUESTION_ID}/`, import.meta.url).pathname;
const SEED_ROOT = new URL('../../graph-seed/', import.meta.url).pathname;
/** Shared records live in graph-seed/shared once the seed is split per question, in graph-seed/data before. */
export const SHARED_DIR = fs.existsSync(path.join(SEED_ROOT, 'shared')) ? path.join(SEED_ROOT, 'shared') : path.join(SEED_ROOT, 'data');
/** A verbatim copy of shared/reference/questions/acupuncture-low-back-pain/articles.json: the articles' own words. */
export const REFERENCE_ARTICLES = new URL('../fixtures/acupuncture-reference/articles.json', import.meta.url).pathname;

export const readJson = <T = unknown>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;
export const questionFile = <T = unknown>(name: string): T => readJson<T>(path.join(QUESTION_DIR, name));
export const sharedFile = <T = unknown>(name: string): T => readJson<T>(path.join(SHARED_DIR, name));

export interface ReferenceArticle {
  id: string;
  title: string | null;
  author: string | null;
  publisher: string | null;
  date: string | null;
  url: string | null;
  urlSource: string | null;
  claims: Array<{ claim: string; quote: string; source: string }>;
}

/** A question's evidence link may point into its own findings.json instead of the study record's findings. */
export type QuestionEvidence = Evidence & { findingSet?: 'question' };
export interface QuestionFindings {
  studyId: string;
  findings: Finding[];
}
export interface StatedCertaintyRecord {
  study: string;
  reviewMethod?: string;
  statedCertainty: StatedRating[];
}

export function loadQuestion() {
  const studies = questionFile<Study[]>('studies.json');
  const sharedStudies = sharedFile<Study[]>('reference-studies.json');
  const findingSets = questionFile<QuestionFindings[]>('findings.json');
  const recordFindings = new Map([...sharedStudies, ...studies].map((s) => [s.id, s.findings]));
  const questionFindings = new Map(findingSets.map((f) => [f.studyId, f.findings]));
  /** The finding an evidence record points at, from the study record or from this question's findings.json. */
  const findingOf = (e: QuestionEvidence): Finding | undefined =>
    (e.findingSet === 'question' ? questionFindings.get(e.study) : recordFindings.get(e.study))?.[e.finding];
  return {
    studies,
    sharedStudies,
    findingSets,
    claims: questionFile<Claim[]>('claims.json'),
    evidence: questionFile<QuestionEvidence[]>('evidence.json'),
    findingOf,
  };
}
