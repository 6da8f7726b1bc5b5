import neo4j from 'neo4j-driver';
import type { Db } from './db.js';
import { transactionDb } from './dry-run.js';

/** Bulk imports get longer than a request's deadline: they are one transaction, and nothing waits on them. */
export const ONE_TRANSACTION_TIMEOUT_MS = 300_000;

/**
 * Runs `work` against a Db whose every statement goes to one write transaction, committed when `work` returns
 * and rolled back when it throws: a workbook import is written whole or not at all. The same facade as dryRun,
 * so an import and its dry run run the same statements.
 */
export async function inOneTransaction<T>(db: Db, name: string, work: (txDb: Db) => Promise<T>): Promise<T> {
  const session = db.driver.session({ defaultAccessMode: neo4j.session.WRITE, bookmarks: await db.bookmarks() });
  const tx = session.beginTransaction({ metadata: { app: 'evigraph', query: name }, timeout: ONE_TRANSACTION_TIMEOUT_MS });
  try {
    const result = await work(transactionDb(db, tx, name));
    await tx.commit();
    return result;
  } catch (err) {
    await tx.rollback().catch(() => {});
    throw err;
  } finally {
    await session.close().catch(() => {});
  }
}
