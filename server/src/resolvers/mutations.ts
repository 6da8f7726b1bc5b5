import type { MutationResolvers } from '../generated/graphql.js';
import { requireCurator } from '../auth/require-curator.js';
import { createStudy, deleteStudy, updateStudy } from '../queries/write-study.js';
import { createClaim, deleteClaim, updateClaim } from '../queries/write-claim.js';
import { createEvidenceEdge, deleteEvidenceEdge, updateEvidenceEdge } from '../queries/write-evidence.js';
import { checkId, toClaimWrite, toEvidenceChanges, toEvidenceProps, toStudyChanges, toStudyProps } from './validate-input.js';

/** Curator writes: token first (its name goes in the audit log), then validation, then one transaction each. */
export const mutations: MutationResolvers = {
  createStudy: (_, { input }, ctx) => {
    const who = requireCurator(ctx);
    return createStudy(ctx.db, toStudyProps(input), { who });
  },
  updateStudy: (_, { id, input }, ctx) => {
    const who = requireCurator(ctx);
    return updateStudy(ctx.db, id, toStudyChanges(input), { who, version: input.version });
  },
  deleteStudy: async (_, { id, version }, ctx) => {
    const who = requireCurator(ctx);
    await deleteStudy(ctx.db, id, { who, version });
    return { id, deleted: true };
  },
  createClaim: (_, { input }, ctx) => {
    const who = requireCurator(ctx);
    const { props, links } = toClaimWrite(input, true);
    return createClaim(ctx.db, props, links, { who });
  },
  updateClaim: (_, { id, input }, ctx) => {
    const who = requireCurator(ctx);
    const { props, links } = toClaimWrite(input, false);
    return updateClaim(ctx.db, id, props, links, { who, version: input.version });
  },
  deleteClaim: async (_, { id, version }, ctx) => {
    const who = requireCurator(ctx);
    await deleteClaim(ctx.db, id, { who, version });
    return { id, deleted: true };
  },
  createEvidence: (_, { input }, ctx) => {
    const who = requireCurator(ctx);
    checkId('studyId', input.studyId);
    checkId('claimId', input.claimId);
    return createEvidenceEdge(ctx.db, input.studyId, input.claimId, input.stance, toEvidenceProps(input), { who });
  },
  updateEvidence: (_, { id, input }, ctx) => {
    const who = requireCurator(ctx);
    return updateEvidenceEdge(ctx.db, id, input.stance ?? null, toEvidenceChanges(input), { who, version: input.version });
  },
  deleteEvidence: async (_, { id, version }, ctx) => {
    const who = requireCurator(ctx);
    await deleteEvidenceEdge(ctx.db, id, { who, version });
    return { id, deleted: true };
  },
};
