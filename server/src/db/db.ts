import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Log } from '../log.js';
import { toDbError } from './db-errors.js';

export interface DbTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export type Params = Record<string, unknown>;

/** The one place the driver is called: named statements, logged, errors mapped. */
export interface Db {
  /** Runs one read statement; `name` labels it in logs and in Neo4j's transaction metadata. */
  read<R extends RecordShape = RecordShape>(name: string, cypher: string, params?: Params): Promise<R[]>;
  /** Runs one write statement in its own transaction. */
  write<R extends RecordShape = RecordShape>(name: string, cypher: string, params?: Params): Promise<R[]>;
  /** Runs `work` in one write transaction: all its statements commit together or not at all. */
  writeTx<T>(name: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** Number of transactions sent to the database since the Db was made. */
  roundTrips(): number;
  ping(): Promise<boolean>;
  close(): Promise<void>;
  readonly driver: Driver;
}

/** Creates the Db with timeouts short enough that an absent database fails in seconds, not after the driver's 30-second retry. */
export function createDb(target: DbTarget, log: Log): Db {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 3_000,
    maxTransactionRetryTime: 1_000,
  });
  let trips = 0;

  async function run<T>(name: string, mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const started = Date.now();
    const session = driver.session({ database: target.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    trips++;
    try {
      const config = { metadata: { app: 'evigraph', query: name }, timeout: 20_000 };
      const out = mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
      log.debug('query', { name, ms: Date.now() - started, rows: Array.isArray(out) ? out.length : undefined });
      return out;
    } catch (err) {
      throw toDbError(err, name);
    } finally {
      await session.close().catch(() => {});
    }
  }

  const rows = <R extends RecordShape>(r: QueryResult<R>) => r.records.map((rec) => rec.toObject() as R);

  return {
    driver,
    read: (name, cypher, params = {}) => run(name, 'READ', async (tx) => rows(await tx.run(cypher, params))),
    write: (name, cypher, params = {}) => run(name, 'WRITE', async (tx) => rows(await tx.run(cypher, params))),
    writeTx: (name, work) => run(name, 'WRITE', work),
    roundTrips: () => trips,
    ping: async () => {
      try {
        await driver.verifyConnectivity({ database: target.database });
        return true;
      } catch {
        return false;
      }
    },
    close: () => driver.close(),
  };
}
