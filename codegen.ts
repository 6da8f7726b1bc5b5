import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver types are generated from schema.graphql, never written by hand. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'server/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../app.js#Context',
        useIndexSignature: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        mappers: {},
      },
    },
  },
};
export default config;
