import { GET_CLAIM_WHOLE } from '../server/src/queries/get-claim-whole.js';
import { GET_NEIGHBOURHOOD, neighbourhoodParams } from '../server/src/queries/get-neighbourhood.js';
import { toGraphCriteria } from '../server/src/resolvers/evidence-args.js';

/**
 * The statement floor: evigraph's own Cypher for an operation, with the parameters its resolver would pass,
 * run by neo4j-driver and returned as the raw rows (no GraphQL, no evidence rule, no Cytoscape elements, no
 * left-out wording). Against it, evigraph's ratio is what its API layer costs; against the raw floor, this
 * floor's ratio is what evigraph's fuller answer costs the database.
 */
export const STATEMENT_FLOOR: Record<string, { cypher: string; params: (url: URLSearchParams) => Record<string, unknown> }> = {
  '/statement/claim': { cypher: GET_CLAIM_WHOLE, params: (url) => ({ id: url.get('id') }) },
  // The benchmark's depth-2 request: no filter, limit 300, the default fan-out, no edge texts, left-out asked for.
  '/statement/neighbourhood': {
    cypher: GET_NEIGHBOURHOOD[2],
    params: (url) => neighbourhoodParams([url.get('id') ?? ''], toGraphCriteria(null), Number(url.get('limit') ?? 300), undefined, { edgeText: false, leftOut: true }),
  },
};
