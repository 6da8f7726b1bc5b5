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
  return /connect|acquisition|timed out|ECONNREFUSED|closed/i.test(err.message) && !err.code.startsWith('Neo.ClientError.Statement');
}

/** Maps a driver error to a DbUnavailableError where it is one; other errors pass through unchanged. */
export function toDbError(err: unknown, statement: string): unknown {
  return isUnavailable(err) ? new DbUnavailableError(statement, err) : err;
}
