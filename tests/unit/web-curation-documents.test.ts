import fs from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, test } from 'vitest';
import * as CURATION from '../../web/src/curation/documents.js';

const schema = buildSchema(fs.readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
const documents = Object.entries(CURATION as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string');

describe("the curation forms' GraphQL documents", () => {
  test('are all found', () => {
    expect(documents.map(([name]) => name)).toEqual(expect.arrayContaining(['SIGNED_IN', 'LOOKUP_STUDY', 'PREVIEW_CHANGE', 'APPLY_CHANGE', 'REVERT_CHANGE', 'PROPOSALS']));
  });

  test.each(documents)('%s is valid against schema.graphql', (_, document) => {
    expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
  });
});
