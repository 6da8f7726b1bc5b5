import type { AssertionResolvers, CitationResolvers, ContraindicationResolvers, EvidenceEdgeResolvers, NodeResolvers } from '../generated/graphql.js';
import { versionOf } from '../queries/audit-log.js';
import { listProp } from './node-fields.js';

export const EvidenceEdge: EvidenceEdgeResolvers = {
  version: (e) => versionOf(e as { version?: unknown }),
  quote: (e) => e.quote ?? '',
  sourceUrl: (e) => e.sourceUrl ?? '',
};

export const Assertion: AssertionResolvers = {
  quote: (a) => a.quote ?? '',
};

export const Citation: CitationResolvers = {
  printed: (c) => c.printed ?? '',
  hasDiscrepancy: (c) => Boolean(c.hasDiscrepancy),
  discrepancies: (c) => listProp(c.discrepancies),
};

export const Contraindication: ContraindicationResolvers = {
  level: (c) => c.level ?? '',
  quote: (c) => c.quote ?? '',
  sourceId: (c) => c.sourceId ?? '',
};

export const Node: NodeResolvers = {
  __resolveType: (n) => n.__label,
};
