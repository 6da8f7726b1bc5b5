import { ApiError, GRAPHQL_URL } from '../api/request.js';

/*
 * The curator's token lives in this browser tab's sessionStorage only (gone when the tab closes) and travels as an
 * Authorization header, never in a URL.
 */
const KEY = 'evigraph-curator-token';

export const storedToken = (): string | null => sessionStorage.getItem(KEY);
export const storeToken = (token: string) => sessionStorage.setItem(KEY, token);
export const forgetToken = () => sessionStorage.removeItem(KEY);

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

/** An API error with the extensions the curation forms read (existingId, field). */
export class CurationError extends ApiError {
  constructor(
    message: string,
    code: string,
    readonly extensions: Record<string, unknown>,
  ) {
    super(message, code);
  }
}

/** One GraphQL operation with the curator's token (or `token` when signing in). */
export async function curatorRequest<T>(document: string, variables: Record<string, unknown> = {}, token = storedToken()): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document, variables }),
    });
  } catch {
    throw new CurationError('The server could not be reached.', 'NETWORK', {});
  }
  let body: Answer<T>;
  try {
    body = (await response.json()) as Answer<T>;
  } catch {
    throw new CurationError(`The server answered ${response.status} without a readable body.`, `HTTP_${response.status}`, {});
  }
  const first = body.errors?.[0];
  if (first) throw new CurationError(first.message, first.extensions?.code ?? 'UNKNOWN', first.extensions ?? {});
  if (body.data == null) throw new CurationError('The server answered without data.', 'UNKNOWN', {});
  return body.data;
}

/** What the page says for an error: the server's message, which names the field or the study at fault. */
export const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));
