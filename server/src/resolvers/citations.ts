import type { MutationResolvers, QueryResolvers } from '../generated/graphql.js';
import type { ParseJob } from '../heavy/heavy-tasks.js';
import { requireDirectWriter } from '../auth/require-curator.js';
import type { NodeModel } from '../domain/models.js';
import { exportCitations } from '../use-cases/citations.js';
import { scopedCitationArgs } from '../use-cases/question-scope.js';
import { importCitations } from '../use-cases/curation.js';

/** Query.citations: the export as text, with its type, file name and download URL. */
export const citationQueries: Pick<QueryResolvers, 'citations'> = {
  citations: async (_, args, ctx) => exportCitations(ctx.db, await scopedCitationArgs(ctx, args), ctx.heavy.format),
};

/** Mutation.importCitations: curators only; the whole file or nothing. */
export const citationMutations: Pick<MutationResolvers, 'importCitations'> = {
  importCitations: async (_, { format, content }, ctx) => {
    const who = requireDirectWriter(ctx);
    const report = await importCitations(ctx.db, format, content, who, ctx.heavy.parse as ParseJob);
    return { ...report, added: report.added as NodeModel[] };
  },
};
