import fs from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, test } from 'vitest';
import * as WEB from '../../web/src/api/queries.js';

const schema = buildSchema(fs.readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
const documents = Object.entries(WEB as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string');

describe("the page's GraphQL documents", () => {
  test('are all found', () => {
    expect(documents.map(([name]) => name)).toEqual(expect.arrayContaining(['PAGE_LIMITS', 'NEIGHBOURHOOD_GRAPH', 'CLAIM_VIEW', 'CITATION_EXPORT']));
  });

  test.each(documents)('%s is valid against schema.graphql', (_, document) => {
    expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
  });

  test('a document asking for a field the schema lacks is caught', () => {
    expect(validate(schema, parse('query { serverInfo { maxNodesPerPage } }'))).not.toHaveLength(0);
  });
});
