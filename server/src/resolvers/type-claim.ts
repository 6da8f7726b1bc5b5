import type { ClaimResolvers } from '../generated/graphql.js';
import { questionOfClaim } from '../use-cases/questions.js';
import { edgeMatches } from '../queries/evidence-filter.js';
import { claimKindOf, claimSummary, claimSummaryOfFindings } from '../use-cases/claim-page.js';
import { toEvidenceCriteria } from './evidence-args.js';
import { loadersOf } from '../context/loaders.js';
import { versionOf } from '../queries/audit-log.js';
import { nodeFields } from './node-fields.js';
import { toSummaryFields } from './summary-fields.js';

export const Claim: ClaimResolvers = {
  ...nodeFields,
  version: (c) => versionOf(c),
  statement: (c) => String(c.statement ?? ''),
  direction: (c) => (typeof c.direction === 'string' ? c.direction : 'ASSOCIATED') as 'ASSOCIATED',
  claimKind: (c) => claimKindOf(c),
  question: (c, _, ctx) => questionOfClaim(ctx, c.id),
  techniques: async (c, _, ctx) => (await loadersOf(ctx).claimLinks.load(c.id)).techniques,
  comparedWith: async (c, _, ctx) => (await loadersOf(ctx).claimLinks.load(c.id)).comparedWith,
  conditions: async (c, _, ctx) => (await loadersOf(ctx).claimLinks.load(c.id)).conditions,
  outcomes: async (c, _, ctx) => (await loadersOf(ctx).claimLinks.load(c.id)).outcomes,
  mechanisms: async (c, _, ctx) => (await loadersOf(ctx).claimLinks.load(c.id)).mechanisms,
  evidence: async (c, { filter }, ctx) => {
    const criteria = toEvidenceCriteria(filter);
    return (await loadersOf(ctx).evidenceByClaim.load(c.id)).filter((e) => edgeMatches(e, criteria));
  },
  assertedBy: (c, _, ctx) => loadersOf(ctx).assertionsByClaim.load(c.id),
  summary: async (c, { filter, sensitivity }, ctx) => toSummaryFields(await claimSummary(c, toEvidenceCriteria(filter), sensitivity, ctx)),
  summaryOfFindings: (c, { filter, sensitivity }, ctx) => claimSummaryOfFindings(c, toEvidenceCriteria(filter), sensitivity, ctx),
};
