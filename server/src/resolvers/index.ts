import type { Resolvers } from '../generated/graphql.js';
import { getCounts } from '../queries/get-counts.js';
import { writesEnabled } from '../auth/require-curator.js';
import { LIMITS } from '../plugins/limits.js';
import { lookupQueries } from './query-lookups.js';
import { listQueries } from './query-lists.js';
import { graphQueries, GRAPH_LIMITS } from './query-graph.js';
import { mutations } from './mutations.js';
import { citationQueries, citationMutations } from './citations.js';
import { MAX_EXPORT_IDS } from '../use-cases/citations.js';
import { changeQueries } from './query-changes.js';
import { workbookMutations } from './workbook.js';
import { curationMutations, curationQueries, Proposal } from './curation-resolvers.js';
import { Claim } from './type-claim.js';
import { Question, questionQueries } from './type-question.js';
import { Study, Source } from './type-study.js';
import { Technique, Mechanism, Condition, Outcome } from './type-entities.js';
import { EvidenceEdge, Assertion, Citation, Contraindication, Node } from './type-edges.js';

/** The resolver map: thin functions that validate arguments and call one query function each. */
export const resolvers: Resolvers = {
  Query: {
    ...lookupQueries,
    ...listQueries,
    ...graphQueries,
    ...citationQueries,
    ...changeQueries,
    ...questionQueries,
    ...curationQueries,
    counts: (_, __, { db }) => getCounts(db),
    serverInfo: (_, __, { config }) => ({
      writesEnabled: writesEnabled(config),
      maxDepth: LIMITS.maxDepth,
      maxAliases: LIMITS.maxAliases,
      maxCost: LIMITS.maxCost,
      maxGraphNodes: GRAPH_LIMITS.maxNodes,
      maxStartIds: GRAPH_LIMITS.maxStartIds,
      maxExportIds: MAX_EXPORT_IDS,
    }),
  },
  Mutation: { ...mutations, ...citationMutations, ...workbookMutations, ...curationMutations },
  Proposal,
  Node,
  Study,
  Source,
  Claim,
  Technique,
  Mechanism,
  Condition,
  Outcome,
  EvidenceEdge,
  Assertion,
  Citation,
  Contraindication,
  Question,
};
