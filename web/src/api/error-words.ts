import { ApiError } from './request.js';

const WORDS: Record<string, string> = {
  DB_UNAVAILABLE: 'The evidence database is not answering. It may be starting up or restarting; try again in a moment.',
  NETWORK: 'The evidence server cannot be reached. Check your connection and try again.',
  BAD_USER_INPUT: 'The request was not accepted',
  NOT_FOUND: 'That item is not in the evidence graph',
  DB_LIMIT: 'That request needs more of the database than one request may use. Narrow it and try again.',
  QUERY_TOO_COMPLEX: 'That request asks for too much at once. Narrow the filters or expand fewer nodes.',
  UNAUTHENTICATED: 'This action needs a curator token.',
  CONFLICT: 'That change clashes with what is stored',
  BUSY: 'The server is busy with other exports and imports. Try again in a few seconds.',
  RATE_LIMITED: 'Too many failed token attempts. Wait a minute and try again.',
};

/** A sentence a person understands for an error; the server's message is kept where it names the fault. */
export function errorWords(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong while loading. Try again.';
  const words = WORDS[error.code];
  if (!words) return `Something went wrong while loading (${error.message}). Try again.`;
  if (error.code === 'BAD_USER_INPUT' || error.code === 'NOT_FOUND' || error.code === 'CONFLICT') return `${words}: ${error.message}`;
  // The server's DB_LIMIT message names what to narrow (depth, limit, filters); BUSY's says what is busy.
  if ((error.code === 'DB_LIMIT' || error.code === 'BUSY') && error.message) return error.message;
  return words;
}

