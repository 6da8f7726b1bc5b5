import type { MutationResolvers, QueryResolvers, Resolvers } from '../generated/graphql.js';
import { requireCurator } from '../auth/require-curator.js';
import { lookupStudy } from '../curation/lookup-study.js';
import { previewChange } from '../curation/preview-change.js';
import { applyChangeNow } from '../curation/apply-change.js';
import { approveProposal, proposeChange, rejectProposal } from '../curation/review.js';
import { revertChange } from '../curation/revert-change.js';
import { listProposals, type ProposalModel } from '../queries/proposals.js';
import type { ChangeInput } from '../generated/graphql.js';
import type { Context } from '../context/context.js';

/** Curation in the browser: every field here needs a curator token, checked first. */
export const curationQueries: Pick<QueryResolvers, 'signedIn' | 'lookupStudy' | 'previewChange' | 'proposals'> = {
  signedIn: (_, __, ctx) => ({ name: requireCurator(ctx), reviewRequired: ctx.config.REVIEW_REQUIRED }),
  lookupStudy: (_, { doi, pmid }, ctx) => {
    requireCurator(ctx);
    return lookupStudy(ctx.db, ctx.config, doi, pmid);
  },
  previewChange: (_, { change }, ctx) => previewChange(ctx.db, change, requireCurator(ctx)),
  proposals: (_, { status }, ctx) => {
    requireCurator(ctx);
    return listProposals(ctx.db, status ?? null) as never;
  },
};

/** Applied at once, or (review on) filed for a second curator; either way the preview says what it does. */
async function apply(ctx: Context, change: ChangeInput) {
  const who = requireCurator(ctx);
  if (ctx.config.REVIEW_REQUIRED) {
    const { proposal, preview } = await proposeChange(ctx.db, change, who);
    return { status: 'PROPOSED', targetIds: [], preview, proposal };
  }
  const preview = await previewChange(ctx.db, change, who);
  const targetIds = await applyChangeNow(ctx.db, change, who);
  return { status: 'APPLIED', targetIds, preview, proposal: null };
}

const emptyPreview = (summary: string) => ({ summary, claims: [] });

export const curationMutations: Pick<MutationResolvers, 'applyChange' | 'revertChange' | 'approveProposal' | 'rejectProposal'> = {
  applyChange: (_, { change }, ctx) => apply(ctx, change) as never,
  revertChange: async (_, { id, reason }, ctx) => {
    const targetIds = await revertChange(ctx.db, id, reason, requireCurator(ctx));
    return { status: 'APPLIED', targetIds, preview: emptyPreview(`Undo of change ${id}`), proposal: null };
  },
  approveProposal: async (_, { id }, ctx) => {
    const who = requireCurator(ctx);
    const { proposal, targetIds } = await approveProposal(ctx.db, id, who);
    return { status: 'APPLIED', targetIds, preview: emptyPreview(`Approved proposal ${id}`), proposal: proposal as never };
  },
  rejectProposal: (_, { id, reason }, ctx) => rejectProposal(ctx.db, id, reason, requireCurator(ctx)) as never,
};

/** A pending proposal's preview is computed now (the graph may have moved since it was filed); decided ones have none. */
export const Proposal: Resolvers['Proposal'] = {
  preview: async (p, _, ctx) => {
    const proposal = p as unknown as ProposalModel;
    if (proposal.status !== 'PENDING') return null;
    try {
      return await previewChange(ctx.db, JSON.parse(proposal.change) as ChangeInput, proposal.who);
    } catch {
      return null;
    }
  },
};
