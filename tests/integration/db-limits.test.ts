import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import neo4j from 'neo4j-driver';
import type { Db } from '../../server/src/db/db.js';
import { DbLimitError, toDbError } from '../../server/src/db/db-errors.js';
import { createTestDb } from '../support/test-db.js';

// Real Neo4j errors, so the mapping is checked against the codes the server really sends.
let db: Db;
beforeAll(() => {
  db = createTestDb();
});
afterAll(() => db.close());

describe('Neo4j limits reach callers as DbLimitError', () => {
  test("a statement over the per-transaction memory limit is a memory limit", async () => {
    // Long strings fill the limit in a few hundred thousand rows, well before the transaction timeout.
    const pad = 'x'.repeat(4000);
    const err = await db.read('TEST_TOO_MUCH_MEMORY', 'UNWIND range(1, 2000000) AS x RETURN size(collect(toString(x) + $pad)) AS n', { pad }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DbLimitError);
    expect(err).toMatchObject({ limit: 'memory', statement: 'TEST_TOO_MUCH_MEMORY' });
  });

  test('a statement past its transaction timeout is a time limit', async () => {
    const session = db.driver.session({ defaultAccessMode: neo4j.session.READ });
    const err = await session
      .executeRead((tx) => tx.run('UNWIND range(1, 2000000000) AS x WITH x WHERE x = -1 RETURN count(*) AS n'), { timeout: 50 })
      .catch((e: unknown) => e)
      .finally(() => session.close());
    expect(toDbError(err, 'TEST_TOO_SLOW')).toMatchObject({ limit: 'time', statement: 'TEST_TOO_SLOW' });
  });
});
