import { GraphQLError } from 'graphql';

/** Every error code a client can see in `extensions.code`. */
export const ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'DB_UNAVAILABLE', 'QUERY_TOO_COMPLEX'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An expected error: its message is safe to show and it carries a code. */
export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** BAD_USER_INPUT naming the argument or field at fault. */
export const badInput = (message: string, field?: string) => apiError('BAD_USER_INPUT', message, field ? { field } : {});

/** NOT_FOUND for a lookup by id that found nothing. */
export const notFound = (kind: string, id: string) => apiError('NOT_FOUND', `${kind} "${id}" does not exist`, { id });
