import type { GraphqlRequest } from './compare.js';
import type { Operation } from './operations.js';
import type { Neo4jGraphqlOperation } from './neo4j-graphql-operations.js';

/** Attempts per answer: on a just-started Neo4j the first plan of a large statement can outlast evigraph's query deadline. */
const ATTEMPTS = 5;

/** The `data` of one GraphQL answer, retried on an error; the last error becomes an exception naming the server. */
async function dataOf(server: string, base: string, request: GraphqlRequest, log: (m: string) => void): Promise<unknown> {
  let last = '';
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: request.query, variables: request.variables }) });
    const json = (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    if (!json.errors?.length && json.data) return json.data;
    last = `${server} answered ${res.status}: ${json.errors?.[0]?.extensions?.code ?? ''} ${json.errors?.[0]?.message ?? 'no data'}`;
    log(`answer check: attempt ${attempt} failed (${last})`);
  }
  throw new Error(last);
}

/** Where @neo4j/graphql's answer to an operation differs from evigraph's (empty when they carry the same data); a failure is a difference too. */
export async function answerDifferences(evigraph: string, op: Operation, neo4jGraphql: string, other: Neo4jGraphqlOperation, log: (m: string) => void): Promise<string[]> {
  try {
    return other.differences(await dataOf('evigraph', evigraph, op, log), await dataOf('@neo4j/graphql', neo4jGraphql, other, log));
  } catch (err) {
    return [(err as Error).message];
  }
}
