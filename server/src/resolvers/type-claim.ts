import type { ClaimResolvers } from '../generated/graphql.js';
import { edgePasses } from '../evidence/filter-evidence.js';
import { summarise } from '../evidence/summarise.js';
import { toEvidencePoint } from './evidence-points.js';
import { toEvidenceCriteria } from './evidence-args.js';
import { loadersOf } from '../context/loaders.js';
import { versionOf } from '../queries/audit-log.js';
import { nodeFields } from './node-fields.js';

export const Claim: ClaimResolvers = {
  ...nodeFields,
  version: (c) => versionOf(c),
  statement: (c) => String(c.statement ?? ''),
  direction: (c) => (typeof c.direction === 'string' ? c.direction : 'ASSOCIATED') as 'ASSOCIATED',
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
  summary: async (c, { filter }, ctx) => {
    const criteria = toEvidenceCriteria(filter);
    const loaders = loadersOf(ctx);
    const [evidence, assertions] = await Promise.all([loaders.evidenceByClaim.load(c.id), loaders.assertionsByClaim.load(c.id)]);
    const s = summarise(evidence.filter((e) => edgePasses(e, criteria)).map(toEvidencePoint), assertions.length);
    return { ...s, byDesign: s.byDesign.map((d) => ({ design: d.design.toUpperCase() as 'RCT', count: d.count })) };
  },
};
