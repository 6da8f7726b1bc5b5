/**
 * A question's own links: (:Question)-[:ASKS]->(:Claim) and (:Question)-[:STARTS_FROM]->(:Source). They
 * organise the graph by question; they are not evidence-graph edges, so neighbourhoods, paths and the
 * stored degree leave them out.
 */
export const QUESTION_LINK_TYPES = ['ASKS', 'STARTS_FROM'] as const;

/** A relationship type expression matching every relationship except a question's own links. */
export const GRAPH_RELATIONSHIP = `!(${QUESTION_LINK_TYPES.join('|')})`;
