import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types and the page's operation types are generated from schema.graphql, never written by
 * hand; a page document that does not match the schema fails here.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'server/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context/context.js#Context',
        useIndexSignature: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        mappers: {
          Node: '../resolvers/models.js#NodeModel',
          Study: '../resolvers/models.js#NodeModel',
          Source: '../resolvers/models.js#NodeModel',
          Claim: '../resolvers/models.js#NodeModel',
          Technique: '../resolvers/models.js#NodeModel',
          Mechanism: '../resolvers/models.js#NodeModel',
          Condition: '../resolvers/models.js#NodeModel',
          Outcome: '../resolvers/models.js#NodeModel',
          EvidenceEdge: '../resolvers/models.js#EvidenceModel',
          Assertion: '../resolvers/models.js#AssertionModel',
          Citation: '../resolvers/models.js#CitationModel',
          Contraindication: '../resolvers/models.js#ContraindicationModel',
          Change: '../queries/list-changes.js#ChangeModel',
        },
      },
    },
    'web/src/api/generated.ts': {
      documents: 'web/src/api/queries.ts',
      plugins: ['typescript-operations'],
      config: {
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        skipTypename: true,
        preResolveTypes: true,
      },
    },
  },
};
export default config;
