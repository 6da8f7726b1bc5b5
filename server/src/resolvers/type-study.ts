import type { StudyResolvers, SourceResolvers } from '../generated/graphql.js';
import { toEvidenceCriteria } from './evidence-args.js';
import { edgePasses } from '../evidence/filter-evidence.js';
import { loadersOf } from '../context/loaders.js';
import { versionOf } from '../queries/audit-log.js';
import { designOf, listProp, nodeFields } from './node-fields.js';

export const Study: StudyResolvers = {
  ...nodeFields,
  title: (s) => String(s.title ?? s.id),
  version: (s) => versionOf(s),
  authors: (s) => listProp(s.authors),
  design: designOf,
  confirmedFrom: (s) => listProp(s.confirmedFrom),
  uncertain: (s) => listProp(s.uncertain),
  evidence: async (s, { stance, timepoint }, ctx) => {
    const criteria = toEvidenceCriteria({ stances: stance ? [stance] : null, timepoint });
    return (await loadersOf(ctx).evidenceByStudy.load(s.id)).filter((e) => edgePasses(e, criteria));
  },
  citedBy: (s, _, ctx) => loadersOf(ctx).citationsByStudy.load(s.id),
};

export const Source: SourceResolvers = {
  ...nodeFields,
  title: (s) => String(s.title ?? s.id),
  assertions: (s, _, ctx) => loadersOf(ctx).assertionsBySource.load(s.id),
  citations: (s, _, ctx) => loadersOf(ctx).citationsBySource.load(s.id),
};
