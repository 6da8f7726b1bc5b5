import { GraphQLError } from 'graphql';
import type { MaskError } from 'graphql-yoga';
import { DbLimitError, DbUnavailableError, uniqueClashOf } from '../db/db-errors.js';
import { InputError } from './input-error.js';
import { limitMessage } from './narrow-advice.js';
import type { Log } from '../log.js';
import { ERROR_CODES } from './codes.js';

const KNOWN = new Set<string>(ERROR_CODES);

// graphql is loaded both as ESM and CJS (armor's parser is CJS), so `instanceof` can miss: compare by name.
const isGraphQLError = (e: unknown): e is GraphQLError => e instanceof Error && e.name === 'GraphQLError';

const positionOf = (error: unknown) =>
  isGraphQLError(error) ? { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path } : {};

function causeOf(error: unknown): unknown {
  return isGraphQLError(error) && error.originalError ? error.originalError : error;
}

/**
 * The one error-mapping boundary: expected errors pass with their code, plain input errors from pure
 * modules become BAD_USER_INPUT, a uniqueness clash (say, two imports taking one id at once) becomes
 * CONFLICT naming the value, a database that is away becomes DB_UNAVAILABLE, and everything else is
 * logged with its stack and masked.
 */
export function createMaskError(log: Log): MaskError {
  return (error, message) => {
    const cause = causeOf(error);
    if (isGraphQLError(cause) && (KNOWN.has(String(cause.extensions?.code)) || cause.originalError == null)) {
      // Ours carry a known code; GraphQL's and yoga's own (parse, validation, variables) are the client's input at fault.
      if (cause === error && cause.extensions?.code != null) return cause;
      // GraphQL's own (variables that do not coerce) get yoga's request-error status: 400, or 200 for
      // application/json clients. Without it yoga, failing an instanceof across two graphql copies, answers 500.
      const extensions =
        cause.extensions?.code != null ? cause.extensions : { ...cause.extensions, code: 'BAD_USER_INPUT', http: { status: 400, spec: true, ...(cause.extensions?.http ?? {}) } };
      return new GraphQLError(cause.message, { ...positionOf(error), extensions });
    }
    if (cause instanceof InputError) {
      return new GraphQLError(cause.message, { ...positionOf(error), extensions: { ...cause.details, code: 'BAD_USER_INPUT' } });
    }
    const clash = uniqueClashOf(cause);
    if (clash) {
      const what = clash.value === null ? 'a value that must be unique' : `${clash.property ?? 'id'} "${clash.value}"`;
      return new GraphQLError(`${clash.label ?? 'A node'} with ${what} already exists; nothing was written. Try again.`, {
        ...positionOf(error),
        extensions: { code: 'CONFLICT', label: clash.label, field: clash.property, value: clash.value },
      });
    }
    if (cause instanceof DbUnavailableError) {
      log.warn('database unavailable', { statement: cause.statement, cause: String((cause.cause as Error | undefined)?.message ?? '') });
      return new GraphQLError('The database is unavailable right now; try again shortly.', {
        ...positionOf(error),
        extensions: { code: 'DB_UNAVAILABLE' },
      });
    }
    if (cause instanceof DbLimitError) {
      log.warn('database limit', { statement: cause.statement, limit: cause.limit });
      return new GraphQLError(limitMessage(cause), { ...positionOf(error), extensions: { code: 'DB_LIMIT', limit: cause.limit } });
    }
    log.error('unexpected error', { stack: cause instanceof Error ? cause.stack : String(cause) });
    return new GraphQLError(message, { ...positionOf(error), extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}
