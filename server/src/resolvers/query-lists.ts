import type { EntityFilter, Maybe, QueryResolvers } from '../generated/graphql.js';
import { listClaims } from '../queries/list-claims.js';
import { listEntities, listSources, type ListedEntity } from '../queries/list-entities.js';
import { listStudies } from '../queries/list-studies.js';
import type { Context } from '../context/context.js';
import { optText, pageArgs } from './args.js';
import { toEvidenceCriteria } from './evidence-args.js';
import { scopeOf } from '../use-cases/questions.js';

function entities(label: ListedEntity) {
  return (_: unknown, args: { filter?: Maybe<EntityFilter>; first?: Maybe<number>; after?: Maybe<string> }, { db }: Context) => {
    const { skip, first } = pageArgs(args.first, args.after, 50);
    const criteria = { nameContains: optText(args.filter?.nameContains), category: optText(args.filter?.category) };
    return listEntities(db, label, criteria, skip, first);
  };
}

export const listQueries: QueryResolvers = {
  studies: async (_, { filter: f, first: n, after }, ctx) => {
    const { db } = ctx;
    const question = await scopeOf(ctx, f?.question, 'filter.question');
    const evidence = toEvidenceCriteria({ ...f, stances: f?.stance ? [f.stance] : null });
    const { skip, first } = pageArgs(n, after);
    return listStudies(
      db,
      {
        ...evidence,
        claimId: f?.claimId ?? null,
        techniqueId: f?.techniqueId ?? null,
        conditionId: f?.conditionId ?? null,
        outcomeId: f?.outcomeId ?? null,
        question,
      },
      skip,
      first,
    );
  },
  claims: async (_, { filter: f, first: n, after }, ctx) => {
    const { db } = ctx;
    const question = await scopeOf(ctx, f?.question, 'filter.question');
    const evidence = toEvidenceCriteria({ ...f, stances: f?.stance ? [f.stance] : null });
    const { skip, first } = pageArgs(n, after);
    return listClaims(
      db,
      {
        techniqueId: f?.techniqueId ?? null,
        conditionId: f?.conditionId ?? null,
        outcomeId: f?.outcomeId ?? null,
        mechanismId: f?.mechanismId ?? null,
        ...evidence,
        contested: f?.contested ?? null,
        assertedNotStudied: f?.assertedNotStudied ?? null,
        question,
      },
      skip,
      first,
    );
  },
  techniques: entities('Technique'),
  conditions: entities('Condition'),
  mechanisms: entities('Mechanism'),
  outcomes: entities('Outcome'),
  sources: async (_, args, ctx) => {
    const { skip, first } = pageArgs(args.first, args.after, 50);
    return listSources(ctx.db, skip, first, await scopeOf(ctx, args.question));
  },
};
