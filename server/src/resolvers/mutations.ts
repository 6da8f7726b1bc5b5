import type { MutationResolvers } from '../generated/graphql.js';
import { requireDirectWriter } from '../auth/require-curator.js';
import * as curation from '../use-cases/curation.js';

/** Curator writes: the token first (its name goes in the audit log), then the curation use case. */
export const mutations: MutationResolvers = {
  createStudy: (_, { input }, ctx) => curation.addStudy(ctx.db, input, requireDirectWriter(ctx)),
  updateStudy: (_, { id, input }, ctx) => curation.changeStudy(ctx.db, id, input, requireDirectWriter(ctx)),
  deleteStudy: (_, { id, version }, ctx) => curation.removeStudy(ctx.db, id, version, requireDirectWriter(ctx)),
  createClaim: (_, { input }, ctx) => curation.addClaim(ctx.db, input, requireDirectWriter(ctx)),
  updateClaim: (_, { id, input }, ctx) => curation.changeClaim(ctx.db, id, input, requireDirectWriter(ctx)),
  deleteClaim: (_, { id, version }, ctx) => curation.removeClaim(ctx.db, id, version, requireDirectWriter(ctx)),
  createEvidence: (_, { input }, ctx) => curation.addEvidence(ctx.db, input, requireDirectWriter(ctx)),
  updateEvidence: (_, { id, input }, ctx) => curation.changeEvidence(ctx.db, id, input, requireDirectWriter(ctx)),
  deleteEvidence: (_, { id, version }, ctx) => curation.removeEvidence(ctx.db, id, version, requireDirectWriter(ctx)),
};
