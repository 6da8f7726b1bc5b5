import type { ClaimResolvers } from '../generated/graphql.js';
import { edgePasses } from '../evidence/filter-evidence.js';
import { toSummaryOfFindings } from '../export/sof-export.js';
import { claimContextOf, claimKindOf, claimSummary } from './claim-summary.js';
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
  techniques: async (c, _, ctx) => (await loadersOf(ctx).claimLinks.load(c.id)).techniques,
  comparedWith: async (c, _, ctx) => (await loadersOf(ctx).claimLinks.load(c.id)).comparedWith,
  conditions: async (c, _, ctx) => (await loadersOf(ctx).claimLinks.load(c.id)).conditions,
  outcomes: async (c, _, ctx) => (await loadersOf(ctx).claimLinks.load(c.id)).outcomes,
  mechanisms: async (c, _, ctx) => (await loadersOf(ctx).claimLinks.load(c.id)).mechanisms,
  evidence: async (c, { filter }, ctx) => {
    const criteria = toEvidenceCriteria(filter);
    return (await loadersOf(ctx).evidenceByClaim.load(c.id)).filter((e) => edgePasses(e, criteria));
  },
  assertedBy: (c, _, ctx) => loadersOf(ctx).assertionsByClaim.load(c.id),
  summary: async (c, { filter, sensitivity }, ctx) => toSummaryFields(await claimSummary(c, filter, sensitivity, ctx)),
  summaryOfFindings: async (c, { filter, sensitivity }, ctx) => {
    const [summary, context] = await Promise.all([claimSummary(c, filter, sensitivity, ctx), claimContextOf(c, ctx)]);
    return toSummaryOfFindings(c, summary, sensitivity, context);
  },
};
