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
          Node: '../domain/models.js#NodeModel',
          Study: '../domain/models.js#NodeModel',
          Source: '../domain/models.js#NodeModel',
          Claim: '../domain/models.js#NodeModel',
          Technique: '../domain/models.js#NodeModel',
          Mechanism: '../domain/models.js#NodeModel',
          Condition: '../domain/models.js#NodeModel',
          Outcome: '../domain/models.js#NodeModel',
          EvidenceEdge: '../domain/models.js#EvidenceModel',
          Assertion: '../domain/models.js#AssertionModel',
          Citation: '../domain/models.js#CitationModel',
          Contraindication: '../domain/models.js#ContraindicationModel',
          Change: '../queries/list-changes.js#ChangeModel',
          Question: '../domain/models.js#QuestionModel',
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
