import { Neo4jError } from 'neo4j-driver';

/** The database could not be reached or is not ready; callers answer DB_UNAVAILABLE. */
export class DbUnavailableError extends Error {
  constructor(readonly statement: string, cause: unknown) {
    super(`database unavailable while running ${statement}`, { cause });
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** True for driver errors that mean "the database is away", not "the statement is wrong". */
export function isUnavailable(err: unknown): boolean {
  if (!(err instanceof Neo4jError)) return false;
  if (UNAVAILABLE_CODES.has(err.code)) return true;
  // The server ended a transaction that outlived the deadline the client gave it.
  if (err.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return true;
  return /connect|acquisition|timed out|ECONNREFUSED|closed/i.test(err.message) && !err.code.startsWith('Neo.ClientError.Statement');
}

const CONSTRAINT_CODE = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** A uniqueness constraint refused a write: the label, property and value that already exist (null when not a uniqueness clash). */
export function uniqueClashOf(err: unknown): { label: string | null; property: string | null; value: string | null } | null {
  if (!(err instanceof Neo4jError) || err.code !== CONSTRAINT_CODE) return null;
  // "Node(12) already exists with label `Study` and property `id` = 'smith2020'", or for an edge
  // "Relationship(862) already exists with type `SUPPORTS` and property `id` = 'a.f0.b'"
  const m = /(?:label|type) `([^`]+)` and property `([^`]+)` = (?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(\S+))/.exec(err.message);
  return { label: m?.[1] ?? null, property: m?.[2] ?? null, value: m ? (m[3] ?? m[4] ?? m[5] ?? null) : null };
}

/** Maps a driver error to a DbLimitError or DbUnavailableError where it is one; other errors pass through unchanged. */
export function toDbError(err: unknown, statement: string): unknown {
  const limit = limitOf(err);
  if (limit) return new DbLimitError(statement, limit, err);
  return isUnavailable(err) ? new DbUnavailableError(statement, err) : err;
}

/** Which database limit a statement ran into. */
export type DbLimit = 'memory' | 'time';

/** The statement hit the database's per-transaction memory limit or its timeout; callers answer DB_LIMIT. */
export class DbLimitError extends Error {
  constructor(readonly statement: string, readonly limit: DbLimit, cause: unknown) {
    super(`${statement} ran into the database's ${limit} limit`, { cause });
  }
}

const MEMORY_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
]);
const TIME_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** The limit a driver error reports, if it is one: memory (transaction or pool) or time (transaction timeout). */
export function limitOf(err: unknown): DbLimit | null {
  if (!(err instanceof Neo4jError)) return null;
  if (MEMORY_CODES.has(err.code) || /memory\.transaction|MemoryLimit|would use more than the limit/i.test(err.message)) return 'memory';
  if (TIME_CODES.has(err.code) || /not completed within the timeout|transaction timeout/i.test(err.message)) return 'time';
  return null;
}
