/** An API failure: `code` is the GraphQL `extensions.code`, or NETWORK / HTTP_<status> / UNKNOWN. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The GraphQL endpoint, relative so the page works wherever the server serves it. */
export const GRAPHQL_URL = '/graphql';

/** Sends one GraphQL document and returns its data; throws ApiError carrying the first error's code. */
export async function request<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document, variables }),
    });
  } catch {
    throw new ApiError('The server could not be reached.', 'NETWORK');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`The server answered ${response.status} without a readable body.`, `HTTP_${response.status}`);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN');
  if (body.data == null) throw new ApiError('The server answered without data.', 'UNKNOWN');
  return body.data;
}
