import neo4j, { type ManagedTransaction, type RecordShape, type Transaction } from 'neo4j-driver';
import type { Db, Params } from './db.js';
import { toDbError } from './db-errors.js';

/** How long a dry run may hold its transaction open: previews and import checks are bigger than a read. */
const DRY_RUN_TIMEOUT_MS = 60_000;

/**
 * Runs `work` against a Db whose every statement goes to one write transaction that is then rolled back:
 * `work` sees its own writes (and can call the real evidence rule on them), and nothing is ever committed.
 * Previews of curator changes and workbook dry runs use it, so what they predict is computed by the same code
 * that answers after a real save.
 */
export async function dryRun<T>(db: Db, name: string, work: (txDb: Db) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
  const session = db.driver.session({ defaultAccessMode: neo4j.session.WRITE, bookmarks: await db.bookmarks() });
  const tx = session.beginTransaction({ metadata: { app: 'evigraph', query: `DRY_RUN_${name}` }, timeout: options.timeoutMs ?? DRY_RUN_TIMEOUT_MS });
  try {
    return await work(transactionDb(db, tx, name));
  } finally {
    await tx.rollback().catch(() => {});
    await session.close().catch(() => {});
  }
}

/** A Db facade over one open transaction: reads, writes and nested transactions all run inside it. */
export function transactionDb(outer: Db, tx: Transaction, dryRunName: string): Db {
  let trips = 0;
  async function run<R extends RecordShape>(name: string, cypher: string, params: Params = {}): Promise<R[]> {
    trips++;
    try {
      const result = await tx.run<R>(cypher, params);
      return result.records.map((record) => record.toObject() as R);
    } catch (err) {
      throw toDbError(err, `${dryRunName}/${name}`);
    }
  }
  return {
    driver: outer.driver,
    read: (name, cypher, params) => run(name, cypher, params),
    write: (name, cypher, params) => run(name, cypher, params),
    writeTx: async (_name, work) => work(tx as unknown as ManagedTransaction),
    roundTrips: () => trips,
    writes: () => 0,
    bookmarks: () => outer.bookmarks(),
    ping: () => outer.ping(),
    close: async () => {},
  };
}
