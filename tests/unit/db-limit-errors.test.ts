import { describe, expect, test } from 'vitest';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { DbLimitError, DbUnavailableError, toDbError } from '../../server/src/db/db-errors.js';
import { createMaskError } from '../../server/src/errors/mask-error.js';
import { silentLog } from '../../server/src/log.js';

const neo = (message: string, code: string) => new Neo4jError(message, code, 'gql', 'desc');

describe('database limits become coded errors', () => {
  test.each([
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'memory'],
    ['Neo.TransientError.General.TransactionMemoryLimit', 'memory'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'time'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'time'],
  ])('%s is a %s limit, not an outage', (code, limit) => {
    const mapped = toDbError(neo('limit reached', code), 'GET_NEIGHBOURHOOD.2');
    expect(mapped).toBeInstanceOf(DbLimitError);
    expect((mapped as DbLimitError).limit).toBe(limit);
  });

  test('an unreachable database stays DB_UNAVAILABLE and a syntax error passes through', () => {
    expect(toDbError(neo('connect ECONNREFUSED', 'ServiceUnavailable'), 'X')).toBeInstanceOf(DbUnavailableError);
    const syntax = neo('Invalid input', 'Neo.ClientError.Statement.SyntaxError');
    expect(toDbError(syntax, 'X')).toBe(syntax);
  });

  test.each([
    ['GET_NEIGHBOURHOOD.3', /depth, limit or fanOut/],
    ['GET_PATHS.6', /maxLength/],
    ['GET_EVIDENCE_MAP.TechniquexCondition', /filter/],
    ['SEARCH_NODES', /specific words/],
  ])('DB_LIMIT from %s names what to narrow', (statement, advice) => {
    const masked = createMaskError(silentLog)(
      new GraphQLError('x', { originalError: new DbLimitError(statement, 'memory', null) }),
      'Unexpected error.',
    ) as GraphQLError;
    expect(masked.extensions).toMatchObject({ code: 'DB_LIMIT', limit: 'memory' });
    expect(masked.message).toMatch(advice);
  });
});
