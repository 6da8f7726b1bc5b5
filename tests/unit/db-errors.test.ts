import { describe, expect, test } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { uniqueClashOf } from '../../server/src/db/db-errors.js';

const CODE = 'Neo.ClientError.Schema.ConstraintValidationFailed';
const error = (message: string) => new Neo4jError(message, CODE, '', '', {} as never);

describe('uniqueClashOf', () => {
  test('names the label, property and value of a node clash', () => {
    expect(uniqueClashOf(error("Node(12) already exists with label `Study` and property `id` = 'smith2020'"))).toEqual({
      label: 'Study',
      property: 'id',
      value: 'smith2020',
    });
  });

  test('names the type, property and value of an edge-id clash (relationship constraint)', () => {
    expect(uniqueClashOf(error("Relationship(862) already exists with type `QUALIFIES` and property `id` = 'cherkin2011.f0.x'"))).toEqual({
      label: 'QUALIFIES',
      property: 'id',
      value: 'cherkin2011.f0.x',
    });
  });
});
