import type { Context } from '../context/context.js';
import { loadersOf } from '../context/loaders.js';
import type { EvidenceModel, QuestionModel } from '../domain/models.js';
import { apiError, badInput, echo } from '../errors/codes.js';
import { listQuestions } from '../queries/get-questions.js';

export { listQuestions };

/** One question by id, or null. */
export const readQuestion = (ctx: Pick<Context, 'db'>, id: string): Promise<QuestionModel | null> => loadersOf(ctx).question.load(id);

/**
 * Checks a scoping argument: null means the whole graph; an id that is no question is BAD_USER_INPUT naming it.
 * Returns the id to pass on.
 */
export async function scopeOf(ctx: Pick<Context, 'db'>, question: string | null | undefined, field = 'question'): Promise<string | null> {
  if (question === null || question === undefined) return null;
  if (!(await readQuestion(ctx, question))) throw badInput(`question "${echo(question)}" does not exist`, field);
  return question;
}

/** The question that asks a claim; every seeded claim has one. */
export async function questionOfClaim(ctx: Pick<Context, 'db'>, claimId: string): Promise<QuestionModel> {
  const loaders = loadersOf(ctx);
  const id = await loaders.questionIdOfClaim.load(claimId);
  const question = id ? await loaders.question.load(id) : null;
  if (!question) throw apiError('NOT_FOUND', `claim "${echo(claimId)}" belongs to no question`, { id: echo(claimId) });
  return question;
}

/** A study's evidence grouped by the question of the claim each edge bears on, questions by id. */
export async function findingsByQuestion(ctx: Pick<Context, 'db'>, studyId: string): Promise<Array<{ question: QuestionModel; evidence: EvidenceModel[] }>> {
  const loaders = loadersOf(ctx);
  const [groups, evidence] = await Promise.all([loaders.questionsOfStudyEvidence.load(studyId), loaders.evidenceByStudy.load(studyId)]);
  const out: Array<{ question: QuestionModel; evidence: EvidenceModel[] }> = [];
  for (const g of groups) {
    const question = await loaders.question.load(g.question);
    const ids = new Set(g.edges);
    if (question) out.push({ question, evidence: evidence.filter((e) => ids.has(e.id)) });
  }
  return out;
}
