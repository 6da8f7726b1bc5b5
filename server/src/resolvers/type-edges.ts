import type { AssertionResolvers, CitationResolvers, ContraindicationResolvers, EvidenceEdgeResolvers, NodeResolvers } from '../generated/graphql.js';
import { versionOf } from '../queries/audit-log.js';
import type { EvidenceModel, NodeModel } from '../domain/models.js';
import { loadersOf } from '../context/loaders.js';
import { listProp } from './node-fields.js';
import { effectNumbers, noneStated, num, text } from '../use-cases/stored-values.js';
import { armDataField, effectEstimateField } from './arm-data-fields.js';


/** The flattened effect size as one object; null when the source states none. */
function effectSizeOf(e: EvidenceModel) {
  const size = { ...effectNumbers(e), grade: text(e.effectGrade), followUp: text(e.effectFollowUp), secondArm: text(e.effectSecondArm) };
  return noneStated(size) ? null : size;
}

export const EvidenceEdge: EvidenceEdgeResolvers = {
  version: (e) => versionOf(e as { version?: unknown }),
  quote: (e) => e.quote ?? '',
  sourceUrl: (e) => e.sourceUrl ?? '',
  why: (e) => text(e.why),
  comparator: (e) => text(e.comparator),
  outcomeMeasure: (e) => text(e.outcomeMeasure),
  timepointWeeks: (e) => num(e.timepointWeeks),
  sourceKind: (e) => (e.sourceKind === 'primary' ? 'PRIMARY' : e.sourceKind === 'secondary' ? 'SECONDARY' : null),
  effectSize: effectSizeOf,
  armData: (e) => armDataField(e.armData),
  effectEstimate: effectEstimateField,
  measuredMechanisms: async (e, _, ctx) => {
    const nodes = await loadersOf(ctx).node.loadMany(listProp(e.measuredMechanisms));
    return nodes.filter((n): n is NodeModel => n != null && !(n instanceof Error) && n.__label === 'Mechanism');
  },
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
