import type { MutationResolvers } from '../generated/graphql.js';
import { requireCurator } from '../auth/require-curator.js';
import { createStudy, deleteStudy, updateStudy } from '../queries/write-study.js';
import { createClaim, deleteClaim, updateClaim } from '../queries/write-claim.js';
import { createEvidenceEdge, deleteEvidenceEdge, updateEvidenceEdge } from '../queries/write-evidence.js';
import { checkId, toClaimWrite, toEvidenceChanges, toEvidenceProps, toStudyChanges, toStudyProps } from './validate-input.js';

/** Curator writes: token first, then validation, then one transaction each. */
export const mutations: MutationResolvers = {
  createStudy: (_, { input }, ctx) => {
    requireCurator(ctx);
    return createStudy(ctx.db, toStudyProps(input));
  },
  updateStudy: (_, { id, input }, ctx) => {
    requireCurator(ctx);
    return updateStudy(ctx.db, id, toStudyChanges(input));
  },
  deleteStudy: async (_, { id }, ctx) => {
    requireCurator(ctx);
    await deleteStudy(ctx.db, id);
    return { id, deleted: true };
  },
  createClaim: (_, { input }, ctx) => {
    requireCurator(ctx);
    const { props, links } = toClaimWrite(input, true);
    return createClaim(ctx.db, props, links);
  },
  updateClaim: (_, { id, input }, ctx) => {
    requireCurator(ctx);
    const { props, links } = toClaimWrite(input, false);
    return updateClaim(ctx.db, id, props, links);
  },
  deleteClaim: async (_, { id }, ctx) => {
    requireCurator(ctx);
    await deleteClaim(ctx.db, id);
    return { id, deleted: true };
  },
  createEvidence: (_, { input }, ctx) => {
    requireCurator(ctx);
    checkId('studyId', input.studyId);
    checkId('claimId', input.claimId);
    return createEvidenceEdge(ctx.db, input.studyId, input.claimId, input.stance, toEvidenceProps(input));
  },
  updateEvidence: (_, { id, input }, ctx) => {
    requireCurator(ctx);
    return updateEvidenceEdge(ctx.db, id, input.stance ?? null, toEvidenceChanges(input));
  },
  deleteEvidence: async (_, { id }, ctx) => {
    requireCurator(ctx);
    await deleteEvidenceEdge(ctx.db, id);
    return { id, deleted: true };
  },
};
