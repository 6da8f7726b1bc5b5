import { GraphQLError } from 'graphql';

/** Every error code a client can see in `extensions.code`. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'DB_UNAVAILABLE',
  'DB_LIMIT',
  'QUERY_TOO_COMPLEX',
  'CONFLICT',
  'BUSY',
  'RATE_LIMITED',
  'NOTHING_TO_EXPORT',
  'METADATA_UNAVAILABLE',
  'FORBIDDEN',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An expected error: its message is safe to show and it carries a code. */
export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** BAD_USER_INPUT naming the argument or field at fault. */
export const badInput = (message: string, field?: string) => apiError('BAD_USER_INPUT', message, field ? { field } : {});

/** At most this much of a value a client sent is repeated back in a message. */
const ECHO_MAX = 120;

/** A client's value as messages quote it: cut to ECHO_MAX characters, so an error is never larger than a field cap allows. */
export const echo = (value: string) => (value.length > ECHO_MAX ? `${value.slice(0, ECHO_MAX)}… (${value.length} characters)` : value);

/** NOT_FOUND for a lookup by id that found nothing. */
export const notFound = (kind: string, id: string) => apiError('NOT_FOUND', `${kind} "${echo(id)}" does not exist`, { id: echo(id) });

/** CONFLICT: the write clashes with what is stored (a taken id or DOI, a stale version). */
export const conflict = (message: string, extensions: Record<string, unknown> = {}) => apiError('CONFLICT', message, extensions);
