import type { z } from 'zod';
import { VocabularySchema } from '../evidence/vocabulary.js';
import { QUESTION_FILES, QuestionSchema, SHARED_FILES, type QuestionSeed, type SeedData, type SharedSeed } from './seed-schemas.js';
import { findReferenceProblems } from './check-references.js';
import { SeedCheckError, describeRecord, type SeedProblem } from './seed-problem.js';
import { readSeedTree, type RawSeedTree } from './read-seed-tree.js';
import { mergeSeed } from './merge-seed.js';
import { applyQuestionAdditions } from './question-additions.js';
import { QUESTIONS_DIR, SEED_ROOT, SHARED_DIR } from './seed-root.js';

export { SeedCheckError, type SeedProblem } from './seed-problem.js';

type FileSpec = { schema: z.ZodType; required: boolean };

function pushIssues(file: string, index: number | null, record: unknown, error: z.ZodError, problems: SeedProblem[]): void {
  const where = index === null ? '(object)' : describeRecord(index, record);
  for (const issue of error.issues) problems.push({ file, record: where, field: issue.path.join('.') || '-', message: issue.message });
}

/** Checks every record of one array file against its schema; returns the records (unchecked ones included). */
function checkArray(file: string, value: unknown, spec: FileSpec, problems: SeedProblem[]): unknown[] {
  if (value === undefined) {
    if (spec.required) problems.push({ file, record: '(file)', field: '-', message: 'file is missing' });
    return [];
  }
  if (!Array.isArray(value)) {
    if (value !== null) problems.push({ file, record: '(file)', field: '-', message: 'must hold a JSON array of records' });
    return [];
  }
  value.forEach((record, i) => {
    const result = spec.schema.safeParse(record);
    if (!result.success) pushIssues(file, i, record, result.error, problems);
  });
  return value;
}

function checkFiles(prefix: string, files: Record<string, unknown>, specs: Record<string, FileSpec>, problems: SeedProblem[]): Record<string, unknown[]> {
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, checkArray(`${prefix}/${name}`, files[name], spec, problems)]));
}

function sharedOf(files: Record<string, unknown[]>, studiesFile: string): SharedSeed {
  return {
    studies: files[studiesFile],
    techniques: files['techniques.json'],
    mechanisms: files['mechanisms.json'],
    conditions: files['conditions.json'],
    outcomes: files['outcomes.json'],
    relations: files['relations.json'],
  } as SharedSeed;
}

function checkQuestion(folder: RawSeedTree['questions'][number], problems: SeedProblem[]): QuestionSeed {
  const prefix = `${QUESTIONS_DIR}/${folder.folder}`;
  const raw = folder.files['question.json'];
  const parsed = QuestionSchema.safeParse(raw);
  if (raw === undefined) problems.push({ file: `${prefix}/question.json`, record: '(file)', field: '-', message: 'file is missing' });
  else if (!parsed.success) pushIssues(`${prefix}/question.json`, null, raw, parsed.error, problems);
  else if (parsed.data.id !== folder.folder) {
    problems.push({
      file: `${prefix}/question.json`,
      record: '(object)',
      field: 'id',
      message: `is "${parsed.data.id}" but the folder is "${folder.folder}": they must match`,
    });
  }
  const files = checkFiles(prefix, folder.files, QUESTION_FILES, problems);
  return {
    ...sharedOf(files, 'studies.json'),
    question: (parsed.success ? parsed.data : { id: folder.folder }) as QuestionSeed['question'],
    findings: files['findings.json'],
    reviewCertainty: files['review-certainty.json'],
    sharedMentions: files['shared-mentions.json'],
    sources: files['sources.json'],
    claims: files['claims.json'],
    assertions: files['assertions.json'],
    citations: files['citations.json'],
    evidence: files['evidence.json'],
    contraindications: files['contraindications.json'],
  } as QuestionSeed;
}

/**
 * Checks a seed tree held in memory: shapes, enums, DOIs and years, duplicate ids across shared/ and every
 * question, dangling references (a question's claims may use shared entities and any question's studies;
 * its assertions, evidence and citations only its own claims and sources), evidence links without a stance
 * or a reason, and question findings that do not exist. Returns the data; throws SeedCheckError otherwise.
 */
export function checkSeedTree(raw: RawSeedTree, problems: SeedProblem[] = []): SeedData {
  const shared = sharedOf(checkFiles(SHARED_DIR, raw.shared, SHARED_FILES, problems), 'reference-studies.json');
  const vocabulary = raw.vocabulary === undefined ? { success: true as const } : VocabularySchema.safeParse(raw.vocabulary);
  if (!vocabulary.success) pushIssues(`${SHARED_DIR}/vocabulary.json`, null, raw.vocabulary, vocabulary.error, problems);
  const checked = raw.questions.map((q) => checkQuestion(q, problems));
  if (problems.length) throw new SeedCheckError(problems);
  const withAdditions = applyQuestionAdditions(shared, checked, problems);
  if (problems.length) throw new SeedCheckError(problems);
  const data = mergeSeed(withAdditions.shared, withAdditions.questions);
  problems.push(...findReferenceProblems(data));
  if (problems.length) throw new SeedCheckError(problems);
  return data;
}

/** Reads and checks graph-seed/ (or another root of the same layout); throws SeedCheckError before any write. */
export function checkSeed(root: string = SEED_ROOT): SeedData {
  const problems: SeedProblem[] = [];
  const raw = readSeedTree(root, problems);
  return checkSeedTree(raw, problems);
}
