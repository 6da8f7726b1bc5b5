import type { YogaLogger } from 'graphql-yoga';
import type { Log } from '../log.js';

/** Codes that mean the client sent something wrong: expected, so not an error of the server. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'CONFLICT',
  'BUSY',
  'QUERY_TOO_COMPLEX',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
]);

type Coded = Error & { extensions?: { code?: unknown; field?: unknown }; path?: readonly (string | number)[] };
const codeOf = (x: unknown) => (x instanceof Error ? String((x as Coded).extensions?.code ?? '') : '');

/**
 * yoga's logger: client errors go to `info` as their code, path and field only — never the request
 * or the values in it (a 10 MB argument must not become a 10 MB log line); the rest keeps its stack.
 */
export function yogaLogger(log: Log): YogaLogger {
  return {
    debug: (...a) => log.debug(String(a[0]).slice(0, 500)),
    info: (...a) => log.info(String(a[0]).slice(0, 500)),
    warn: (...a) => log.warn(String(a[0]).slice(0, 500)),
    error: (...a) => {
      const error = a.find((x) => x instanceof Error) as Coded | undefined;
      const code = codeOf(error);
      // GraphQL's own errors (a variable that does not coerce) carry no code and no cause: also the client's.
      const graphqlOwn = error?.name === 'GraphQLError' && !code && !(error as Error & { originalError?: unknown }).originalError;
      if (CLIENT_CODES.has(code) || graphqlOwn) {
        log.info('client error', { code: code || 'BAD_USER_INPUT', path: error?.path?.join('.'), field: error?.extensions?.field });
      } else if (code === 'DB_UNAVAILABLE') {
        log.warn('database unavailable', { path: error?.path?.join('.') });
      } else {
        log.error(String(a[0]).slice(0, 2_000), { detail: a.slice(1).map((x) => (x instanceof Error ? x.stack : String(x).slice(0, 2_000))) });
      }
    },
  };
}
