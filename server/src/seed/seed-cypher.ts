import { nodeLabels, type NodeLabel } from '../domain/kinds.js';
import { CLAIM_LINKS, CLAIM_LINK_PATTERN } from '../domain/claim-links.js';
import { EVIDENCE_TYPES, STANCES, type Stance } from '../domain/stances.js';
import { STUDY_RELATION_TYPES, type StudyRelationType } from '../domain/study-relations.js';
import { setStats } from '../queries/node-stats.js';

/** Node labels the loader writes (every label of the model); labels reach Cypher only from this list. */
export const SEED_LABELS: readonly NodeLabel[] = nodeLabels();

/** Creates or replaces nodes of one label by id. */
export const MERGE_NODES = (label: NodeLabel) => /* cypher */ `
  UNWIND $rows AS row
  MERGE (n:${label} {id: row.id})
  SET n = row`;

/** Replaces a claim's links to techniques (under test, and compared with), conditions, outcomes and mechanisms. */
export const MERGE_CLAIM_LINKS = /* cypher */ `
  UNWIND $rows AS row
  MATCH (c:Claim {id: row.id})
  OPTIONAL MATCH (c)-[old:${CLAIM_LINK_PATTERN}]->()
  DELETE old
  WITH DISTINCT c, row
  ${CLAIM_LINKS.map(
    (l) => `CALL (c, row) {
    UNWIND row.${l.seedField} AS t MATCH (x:${l.label} {id: t}) MERGE (c)-[:${l.type}]->(x)
  }`,
  ).join('\n  ')}`;

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

/** Properties an evidence edge carries: the judged link (why) and the finding it rests on. */
export const EVIDENCE_PROPERTIES = [
  'id',
  'finding',
  'why',
  'measuredMechanisms',
  'quote',
  'outcome',
  'timepoint',
  'effect',
  'direction',
  'sourceUrl',
  'sourceKind',
  'comparator',
  'outcomeMeasure',
  'timepointWeeks',
  'effectMeasure',
  'effectValue',
  'effectCiLow',
  'effectCiHigh',
  'effectParticipants',
  'effectStudies',
  'effectGrade',
  'effectFollowUp',
  'effectSecondArm',
  'armData',
  'seededBy',
] as const;

/** Creates or updates evidence edges of one stance; an edge whose stance changed is moved, not doubled. */
export const MERGE_EVIDENCE = (stance: Stance) => /* cypher */ `
  UNWIND $rows AS row
  MATCH (s:Study {id: row.study}), (c:Claim {id: row.claim})
  OPTIONAL MATCH (s)-[old:${EVIDENCE_TYPES}]->(c)
    WHERE old.id = row.id AND type(old) <> '${stance}'
  DELETE old
  WITH DISTINCT s, c, row
  MERGE (s)-[e:${stance} {id: row.id}]->(c)
  SET e = row { ${EVIDENCE_PROPERTIES.map((p) => `.${p}`).join(', ')} }`;

/**
 * Edges this question seeded (`seededBy`) whose link is no longer in its evidence.json; another question's
 * edges and curators' edges (no `seededBy`) are kept. One statement per type, so each reads the type index.
 */
export const REMOVE_STALE_EVIDENCE = Object.fromEntries(
  STANCES.map((stance) => [
    stance,
    /* cypher */ `
  MATCH ()-[e:${stance}]->()
  WHERE e.seededBy = $seededBy AND NOT e.id IN $ids
  DELETE e`,
  ]),
) as Record<Stance, string>;

/** Seeded edges from before questions (a finding index, no `seededBy`): run after every question is loaded, they are stale. */
export const REMOVE_UNMARKED_SEEDED_EVIDENCE = /* cypher */ `
  MATCH ()-[e:${EVIDENCE_TYPES}]->()
  WHERE e.finding IS NOT NULL AND e.seededBy IS NULL
  DELETE e`;

/** Study-to-study links `shared` or one question seeded: replaced by what its relations.json lists now (one statement per type). */
export const REPLACE_RELATIONS = Object.fromEntries(
  STUDY_RELATION_TYPES.map((type) => [type, /* cypher */ `MATCH ()-[old:${type}]->() WHERE old.seededBy = $seededBy DELETE old`]),
) as Record<StudyRelationType, string>;

/** Relations loaded before questions (no `seededBy`); run after a full load, they are stale. */
export const REMOVE_UNMARKED_RELATIONS = /* cypher */ `
  MATCH ()-[old:${STUDY_RELATION_TYPES.join('|')}]->() WHERE old.seededBy IS NULL DELETE old`;

export const MERGE_RELATIONS = (type: StudyRelationType) => /* cypher */ `
  UNWIND $rows AS row
  MATCH (a:Study {id: row.from}), (b:Study {id: row.to})
  MERGE (a)-[r:${type} {seededBy: row.seededBy}]->(b)
  SET r.source = row.source, r.note = row.note`;

export const MERGE_CONTRAINDICATIONS = /* cypher */ `
  UNWIND $rows AS row
  MATCH (t:Technique {id: row.technique}), (c:Condition {id: row.condition})
  MERGE (t)-[r:CONTRAINDICATED_IN {id: row.id}]->(c)
  SET r = row { .id, .quote, .sourceId, .level, .seededBy }`;

/** Sets the stored degree and evidence weight of loaded nodes of one label, after all their relationships are in. */
export const REFRESH_STATS = (label: (typeof SEED_LABELS)[number]) => /* cypher */ `
  UNWIND $rows AS row
  MATCH (n:${label} {id: row.id})
  ${setStats('n')}`;

/** A question node by id, its properties replaced. */
export const MERGE_QUESTION = /* cypher */ `
  MERGE (q:Question {id: $row.id})
  SET q = $row`;

/** Every claim belongs to exactly one question: its old ASKS edge is replaced. */
export const MERGE_ASKS = /* cypher */ `
  UNWIND $rows AS row
  MATCH (q:Question {id: row.question}), (c:Claim {id: row.claim})
  OPTIONAL MATCH (:Question)-[old:ASKS]->(c)
  DELETE old
  WITH DISTINCT q, c
  MERGE (q)-[:ASKS]->(c)`;

/** The articles a question starts from; an article no longer listed is unlinked from it. */
export const REPLACE_STARTS_FROM = /* cypher */ `
  MATCH (q:Question {id: $question})
  OPTIONAL MATCH (q)-[old:STARTS_FROM]->()
  DELETE old
  WITH DISTINCT q
  UNWIND $sources AS id
  MATCH (s:Source {id: id})
  MERGE (q)-[:STARTS_FROM]->(s)`;
