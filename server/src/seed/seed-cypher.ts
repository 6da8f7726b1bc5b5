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
  'id', 'finding', 'why', 'measuredMechanisms', 'quote', 'outcome', 'timepoint', 'effect', 'direction', 'sourceUrl', 'sourceKind',
  'comparator', 'outcomeMeasure', 'timepointWeeks', 'effectMeasure', 'effectValue', 'effectCiLow', 'effectCiHigh',
  'effectParticipants', 'effectStudies', 'effectGrade', 'effectFollowUp', 'effectSecondArm', 'armData',
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
 * Seeded edges (they carry a finding index) whose link is no longer in evidence.json; curators' edges are kept.
 * One statement per type, so each reads the relationship-type index rather than scanning nodes.
 */
export const REMOVE_STALE_EVIDENCE = Object.fromEntries(
  STANCES.map((stance) => [
    stance,
    /* cypher */ `
  MATCH ()-[e:${stance}]->()
  WHERE e.finding IS NOT NULL AND NOT e.id IN $ids
  DELETE e`,
  ]),
) as Record<Stance, string>;

/** Study-to-study links from relations.json; a relation that is no longer listed is removed (one statement per type). */
export const REPLACE_RELATIONS = Object.fromEntries(
  STUDY_RELATION_TYPES.map((type) => [type, /* cypher */ `MATCH ()-[old:${type}]->() DELETE old`]),
) as Record<StudyRelationType, string>;

export const MERGE_RELATIONS = (type: StudyRelationType) => /* cypher */ `
  UNWIND $rows AS row
  MATCH (a:Study {id: row.from}), (b:Study {id: row.to})
  MERGE (a)-[r:${type}]->(b)
  SET r.source = row.source, r.note = row.note`;

export const MERGE_CONTRAINDICATIONS = /* cypher */ `
  UNWIND $rows AS row
  MATCH (t:Technique {id: row.technique}), (c:Condition {id: row.condition})
  MERGE (t)-[r:CONTRAINDICATED_IN {id: row.id}]->(c)
  SET r = row { .id, .quote, .sourceId, .level }`;

/** Sets the stored degree and evidence weight of loaded nodes of one label, after all their relationships are in. */
export const REFRESH_STATS = (label: (typeof SEED_LABELS)[number]) => /* cypher */ `
  UNWIND $rows AS row
  MATCH (n:${label} {id: row.id})
  ${setStats('n')}`;
