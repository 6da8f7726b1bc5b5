import { EVIDENCE_TYPES } from './cypher-parts.js';

/** True when claim `c` is asked by question `$question` (or `$question` is null: the whole graph). */
export const claimInQuestion = (c: string) => `($question IS NULL OR EXISTS { (:Question {id: $question})-[:ASKS]->(${c}) })`;

/**
 * True when node `n` belongs to question `$question` (or `$question` is null): a claim it asks, an article it
 * starts from, a study with evidence on its claims or cited by its articles, an entity its claims name.
 */
export const nodeInQuestion = (n: string) => `($question IS NULL OR CASE
    WHEN ${n}:Claim THEN EXISTS { (:Question {id: $question})-[:ASKS]->(${n}) }
    WHEN ${n}:Source THEN EXISTS { (:Question {id: $question})-[:STARTS_FROM]->(${n}) }
    WHEN ${n}:Study THEN EXISTS { (:Question {id: $question})-[:ASKS]->(:Claim)<-[:${EVIDENCE_TYPES}]-(${n}) }
      OR EXISTS { (:Question {id: $question})-[:STARTS_FROM]->(:Source)-[:CITES]->(${n}) }
    ELSE EXISTS { (:Question {id: $question})-[:ASKS]->(:Claim)-->(${n}) }
  END)`;
