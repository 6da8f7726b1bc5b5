import type { Context } from '../context/context.js';
import { loadersOf } from '../context/loaders.js';
import { badInput, echo } from '../errors/codes.js';
import { getStudyIdsOfQuestion } from '../queries/get-questions.js';
import { scopeOf } from './questions.js';

/** A claim outside the scoping question is BAD_USER_INPUT naming both. */
export async function requireClaimInQuestion(ctx: Pick<Context, 'db'>, question: string, claimId: string, field = 'claimId'): Promise<void> {
  const asking = await loadersOf(ctx).questionIdOfClaim.load(claimId);
  if (asking !== null && asking !== question) throw badInput(`claim "${echo(claimId)}" is not asked by question "${echo(question)}"`, field);
}

interface CitationScope {
  claimId?: string | null;
  ids?: readonly string[] | null;
  question?: string | null;
}

/**
 * Citation export arguments under a question: with no claim and no ids, every study with evidence on the
 * question's claims or cited by its articles; a claim must be one the question asks.
 */
export async function scopedCitationArgs<T extends CitationScope>(ctx: Pick<Context, 'db'>, args: T): Promise<T> {
  const question = await scopeOf(ctx, args.question);
  if (!question) return args;
  if (args.claimId) await requireClaimInQuestion(ctx, question, args.claimId);
  if (args.claimId || args.ids?.length) return args;
  return { ...args, ids: await getStudyIdsOfQuestion(ctx.db, question) };
}
