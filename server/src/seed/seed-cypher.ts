import type { Stance } from './to-rows.js';

/** Node labels the loader writes; labels reach Cypher only from this list. */
export const SEED_LABELS = ['Study', 'Source', 'Technique', 'Mechanism', 'Condition', 'Outcome', 'Claim'] as const;

/** Creates or replaces nodes of one label by id. */
export const MERGE_NODES = (label: (typeof SEED_LABELS)[number]) => /* cypher */ `
  UNWIND $rows AS row
  MERGE (n:${label} {id: row.id})
  SET n = row`;

/** Replaces a claim's links to techniques, conditions, outcomes and mechanisms. */
export const MERGE_CLAIM_LINKS = /* cypher */ `
  UNWIND $rows AS row
  MATCH (c:Claim {id: row.id})
  OPTIONAL MATCH (c)-[old:ABOUT|IN|ON|VIA]->()
  DELETE old
  WITH DISTINCT c, row
  CALL (c, row) {
    UNWIND row.about AS t MATCH (x:Technique {id: t}) MERGE (c)-[:ABOUT]->(x)
  }
  CALL (c, row) {
    UNWIND row.in AS t MATCH (x:Condition {id: t}) MERGE (c)-[:IN]->(x)
  }
  CALL (c, row) {
    UNWIND row.on AS t MATCH (x:Outcome {id: t}) MERGE (c)-[:ON]->(x)
  }
  CALL (c, row) {
    UNWIND row.via AS t MATCH (x:Mechanism {id: t}) MERGE (c)-[:VIA]->(x)
  }`;

export const MERGE_PART_OF = /* cypher */ `
  UNWIND $rows AS row
  MATCH (a:Technique {id: row.from}), (b:Technique {id: row.to})
  MERGE (a)-[:PART_OF]->(b)`;

export const MERGE_ASSERTIONS = /* cypher */ `
  UNWIND $rows AS row
  MATCH (s:Source {id: row.source}), (c:Claim {id: row.claim})
  MERGE (s)-[r:ASSERTS {id: row.id}]->(c)
  SET r = row { .id, .quote }`;

export const MERGE_CITATIONS = /* cypher */ `
  UNWIND $rows AS row
  MATCH (s:Source {id: row.source}), (t:Study {id: row.study})
  MERGE (s)-[r:CITES]->(t)
  SET r = row { .id, .printed, .hasDiscrepancy, .discrepancies }`;

/** Creates or updates evidence edges of one stance; an edge whose stance changed is moved, not doubled. */
export const MERGE_EVIDENCE = (stance: Stance) => /* cypher */ `
  UNWIND $rows AS row
  MATCH (s:Study {id: row.study}), (c:Claim {id: row.claim})
  OPTIONAL MATCH (s)-[old:SUPPORTS|CONTRADICTS|QUALIFIES]->(c)
    WHERE old.id = row.id AND type(old) <> '${stance}'
  DELETE old
  WITH DISTINCT s, c, row
  MERGE (s)-[e:${stance} {id: row.id}]->(c)
  SET e = row { .id, .quote, .outcome, .timepoint, .effect, .direction, .sourceUrl, .finding }`;

export const MERGE_CONTRAINDICATIONS = /* cypher */ `
  UNWIND $rows AS row
  MATCH (t:Technique {id: row.technique}), (c:Condition {id: row.condition})
  MERGE (t)-[r:CONTRAINDICATED_IN {id: row.id}]->(c)
  SET r = row { .id, .quote, .sourceId, .level }`;
