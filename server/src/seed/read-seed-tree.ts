import fs from 'node:fs';
import path from 'node:path';
import { QUESTION_FILES, SHARED_FILES, type QuestionFileName, type SharedFileName } from './seed-schemas.js';
import { QUESTIONS_DIR, SHARED_DIR } from './seed-root.js';
import type { SeedProblem } from './seed-problem.js';

/** One question folder as parsed JSON, not yet checked; a file that is absent is undefined. */
export interface RawQuestionFolder {
  /** The folder's name, which must be the question's id. */
  folder: string;
  files: Partial<Record<QuestionFileName | 'question.json', unknown>>;
}

/** graph-seed/ as parsed JSON: what `checkSeedTree` checks. A workbook import builds the same shape in memory. */
export interface RawSeedTree {
  shared: Partial<Record<SharedFileName, unknown>>;
  /** shared/vocabulary.json (one object) when present. */
  vocabulary?: unknown;
  questions: RawQuestionFolder[];
}

function readJson(dir: string, file: string, label: string, problems: SeedProblem[]): unknown {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) return undefined;
  try {
    return JSON.parse(fs.readFileSync(full, 'utf8'));
  } catch (err) {
    problems.push({ file: label, record: '(file)', field: '-', message: `is not valid JSON: ${(err as Error).message}` });
    return null;
  }
}

function readFiles(dir: string, names: string[], prefix: string, problems: SeedProblem[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, readJson(dir, name, `${prefix}/${name}`, problems)]).filter(([, v]) => v !== undefined));
}

/** Reads shared/ and every folder under questions/ (sorted by name); unreadable JSON is a problem. */
export function readSeedTree(root: string, problems: SeedProblem[]): RawSeedTree {
  const sharedDir = path.join(root, SHARED_DIR);
  if (!fs.existsSync(sharedDir)) problems.push({ file: SHARED_DIR, record: '(folder)', field: '-', message: `folder is missing under ${root}` });
  const questionsDir = path.join(root, QUESTIONS_DIR);
  const folders = fs.existsSync(questionsDir)
    ? fs
        .readdirSync(questionsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  if (!folders.length) problems.push({ file: QUESTIONS_DIR, record: '(folder)', field: '-', message: `holds no question folder under ${root}` });
  return {
    shared: readFiles(sharedDir, Object.keys(SHARED_FILES), SHARED_DIR, problems),
    vocabulary: readJson(sharedDir, 'vocabulary.json', `${SHARED_DIR}/vocabulary.json`, problems),
    questions: folders.map((folder) => ({
      folder,
      files: readFiles(path.join(questionsDir, folder), ['question.json', ...Object.keys(QUESTION_FILES)], `${QUESTIONS_DIR}/${folder}`, problems),
    })),
  };
}
