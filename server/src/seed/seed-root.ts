import path from 'node:path';

/** graph-seed/: `shared/` and one folder per question under `questions/`. */
export const SEED_ROOT = new URL('../../../graph-seed/', import.meta.url).pathname;

export const SHARED_DIR = 'shared';
export const QUESTIONS_DIR = 'questions';

/** The folder of one question under a seed root. */
export const questionDir = (root: string, questionId: string) => path.join(root, QUESTIONS_DIR, questionId);

/** The id `seededBy` carries for records of shared/. */
export const SHARED_SEED = 'shared';
