import type { Db } from './db.js';

/**
 * Deletes every node and relationship (constraints and indexes stay), in batches of their own transactions
 * (CALL … IN TRANSACTIONS needs an auto-commit query, which has no transaction timeout), so a big graph left by
 * an earlier run never lands in one transaction. For tests and benchmarks.
 */
export async function clearGraph(db: Db): Promise<void> {
  const session = db.driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}
