import { claimWholeStatement } from '../server/src/queries/get-claim-whole.js';
import { LEAN_STUDY_PROPS } from '../server/src/resolvers/claim-parts.js';
import { GET_NEIGHBOURHOOD, neighbourhoodParams } from '../server/src/queries/get-neighbourhood.js';
import { toGraphCriteria } from '../server/src/resolvers/evidence-args.js';

/**
 * The statement floor: evigraph's own Cypher for an operation, with the parameters its resolver would pass,
 * run by neo4j-driver and returned as the raw rows (no GraphQL, no evidence rule, no Cytoscape elements, no
 * left-out wording). Against it, evigraph's ratio is what its API layer costs; against the raw floor, this
 * floor's ratio is what evigraph's fuller answer costs the database.
 */
export const STATEMENT_FLOOR: Record<string, { cypher: string; params: (url: URLSearchParams) => Record<string, unknown> }> = {
  // The benchmark's claim request selects a summary and no big study field: the context and the lean study rows.
  '/statement/claim': { cypher: claimWholeStatement({ context: true, studyProps: LEAN_STUDY_PROPS }), params: (url) => ({ id: url.get('id') }) },
  // The benchmark's depth-2 request: no filter, limit 300, the default fan-out, no edge texts, left-out asked for.
  '/statement/neighbourhood': {
    cypher: GET_NEIGHBOURHOOD[2],
    params: (url) => neighbourhoodParams([url.get('id') ?? ''], toGraphCriteria(null), Number(url.get('limit') ?? 300), undefined, { edgeText: false, leftOut: true }),
  },
};
