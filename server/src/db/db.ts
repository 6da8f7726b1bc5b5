import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape, type Session } from 'neo4j-driver';
import type { Log } from '../log.js';
import { DbLimitError, DbUnavailableError, toDbError } from './db-errors.js';

export interface DbTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export type Params = Record<string, unknown>;

/** Per-call options: a longer deadline for migrations and bulk writes. */
export interface RunOptions {
  timeoutMs?: number;
}

/** How long the app waits on the database before calling it away. */
export interface DbTimeouts {
  /** Deadline of one transaction, on the client (a hung server never answers) and on the server. @default 4000 */
  queryMs?: number;
  /** Deadline of a readiness ping. @default 1500 */
  pingMs?: number;
}

/** The one place the driver is called: named statements, logged, errors mapped. */
export interface Db {
  /** Runs one read statement; `name` labels it in logs and in Neo4j's transaction metadata. */
  read<R extends RecordShape = RecordShape>(name: string, cypher: string, params?: Params, options?: RunOptions): Promise<R[]>;
  /** Runs one write statement in its own transaction. */
  write<R extends RecordShape = RecordShape>(name: string, cypher: string, params?: Params, options?: RunOptions): Promise<R[]>;
  /** Runs `work` in one write transaction: all its statements commit together or not at all. */
  writeTx<T>(name: string, work: (tx: ManagedTransaction) => Promise<T>, options?: RunOptions): Promise<T>;
  /** Number of transactions sent to the database since the Db was made. */
  roundTrips(): number;
  /** Number of write transactions committed through this Db: caches of reads compare it to see a write. */
  writes(): number;
  /** The bookmarks every next session starts from: the latest writes this process made. */
  bookmarks(): Promise<string[]>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
  readonly driver: Driver;
}

/** What every transaction is sent with: its name for Neo4j's transaction list, and the server-side timeout. */
type TxConfig = { metadata: Record<string, string>; timeout: number };

/** Resolves with `work`, or rejects with `onLate()` once `ms` have passed; `work` settling later is ignored. */
function withDeadline<T>(work: Promise<T>, ms: number, onLate: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onLate()), ms);
  });
  work.catch(() => {}); // a late failure must not become an unhandled rejection
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Creates the Db with deadlines short enough that an absent or hung database fails in seconds:
 * the driver's own timeouts cover a dead server, but a stopped one (SIGSTOP, a stalled VM)
 * accepts connections and never answers, so every transaction also races a client-side deadline.
 */
export function createDb(target: DbTarget, log: Log, timeouts: DbTimeouts = {}): Db {
  const queryMs = timeouts.queryMs ?? 4_000;
  const pingMs = timeouts.pingMs ?? 1_500;
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 2_500,
    maxTransactionRetryTime: 1_000,
  });
  let trips = 0;
  let committedWrites = 0;
  // Every session shares one bookmark manager: a read after a curator's write waits for that write on
  // whichever cluster member serves it (causal consistency); on a single server this costs nothing.
  const bookmarkManager = neo4j.bookmarkManager();

  /** Opens a session in `mode`, `start`s one transaction in it under the deadline, maps errors, closes the session. */
  async function run<T>(name: string, mode: 'READ' | 'WRITE', start: (session: Session, config: TxConfig) => Promise<T>, options: RunOptions = {}): Promise<T> {
    const started = Date.now();
    const ms = options.timeoutMs ?? queryMs;
    // READ sessions are routed to followers/read replicas on a cluster (neo4j:// URIs).
    const session = driver.session({ database: target.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE, bookmarkManager });
    trips++;
    let timedOut = false;
    try {
      // The server-side timeout ends a transaction the client gave up on once a stalled server resumes. It is a
      // little shorter than the client's deadline, so a live server's own timeout (DB_LIMIT, naming what to narrow)
      // arrives first and only a stalled server is reported as DB_UNAVAILABLE.
      const config = { metadata: { app: 'evigraph', query: name }, timeout: Math.max(100, ms - Math.min(500, Math.floor(ms / 10))) };
      const pending = start(session, config);
      const late = new Error(`no answer within ${ms} ms`);
      const out = await withDeadline(pending, ms, () => {
        timedOut = true;
        return late;
      }).catch(async (err: unknown) => {
        if (err !== late) throw err;
        // Some statements (a shortest-path search through hubs) outrun the server's own timeout: when the server
        // still answers a ping, the statement was too heavy (DB_LIMIT, naming what to narrow), not the database down.
        // Half a second at most, so a hung server is still reported within the deadline plus half a second.
        throw (await answersWithin(Math.min(pingMs, 500))) ? new DbLimitError(name, 'time', late) : new DbUnavailableError(name, late);
      });
      if (mode === 'WRITE') committedWrites++;
      log.debug('query', { name, ms: Date.now() - started, rows: Array.isArray(out) ? out.length : undefined });
      return out;
    } catch (err) {
      throw toDbError(err, name);
    } finally {
      // Closing waits for the server; after a deadline it would hang, so it is left to finish on its own.
      const closing = session.close().catch(() => {});
      if (!timedOut) await closing;
    }
  }

  /** A round trip of a trivial statement within `ms`: the server is alive and not stalled. */
  async function answersWithin(ms: number): Promise<boolean> {
    const session = driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ });
    try {
      await withDeadline(session.run('RETURN 1'), ms, () => new Error('no answer'));
      return true;
    } catch {
      return false;
    } finally {
      void session.close().catch(() => {});
    }
  }

  const rows = <R extends RecordShape>(r: QueryResult<R>) => r.records.map((rec) => rec.toObject() as R);

  return {
    driver,
    // A read is one statement in an auto-commit transaction: RUN and PULL, with no BEGIN before it and no COMMIT
    // round trip after (about a third more claims per second through the bare driver on the seed graph). Writes
    // keep managed transactions: their statements commit together and the driver retries transient failures.
    read: (name, cypher, params = {}, options) => run(name, 'READ', async (session, config) => rows(await session.run(cypher, params, config)), options),
    write: (name, cypher, params = {}, options) => run(name, 'WRITE', (session, config) => session.executeWrite(async (tx) => rows(await tx.run(cypher, params)), config), options),
    writeTx: (name, work, options) => run(name, 'WRITE', (session, config) => session.executeWrite(work, config), options),
    roundTrips: () => trips,
    writes: () => committedWrites,
    bookmarks: async () => [...(await bookmarkManager.getBookmarks())],
    ping: () => answersWithin(pingMs),
    close: () => withDeadline(driver.close(), 5_000, () => new Error('driver close timed out')).catch(() => {}),
  };
}
