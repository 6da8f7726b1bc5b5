import type { Stance } from '../domain/stances.js';
import type { Db } from '../db/db.js';
import { CLAIM_LINK_TYPE, type EntityLabel } from './get-claims-of-entities.js';
import { EVIDENCE_TYPES } from './cypher-parts.js';
import { relationsOfClaim } from './get-evidence-context.js';
import type { StudyRelation } from '../evidence/evidence-point.js';

export const MAP_AXES = Object.keys(CLAIM_LINK_TYPE) as EntityLabel[];

/**
 * Which findings a cell counts. Technique rows come from ABOUT only, so a comparator
 * (COMPARED_WITH) never gets a row. A mechanism counts only findings that measured it:
 * outcome evidence on a claim that merely works VIA the mechanism is not evidence for it.
 */
const counted = (rows: EntityLabel, columns: EntityLabel) => {
  const mechanism = rows === 'Mechanism' ? 'r' : columns === 'Mechanism' ? 'k' : null;
  return mechanism ? `WHERE ${mechanism}.id IN coalesce(e.measuredMechanisms, [])` : '';
};

/** What the summary rule reads of a finding and its study (missing properties come back null). */
const FINDING_FIELDS = '.id, .timepoint, .timepointWeeks, .outcome, .outcomeMeasure, .comparator, .sourceKind, .effectMeasure, .effectValue, .effectCiLow, .effectCiHigh, .effectParticipants, .effectStudies';
const STUDY_FIELDS =
  '.id, .design, .sampleSize, .year, .authors, .population, .randomised, .allocationConcealment, .participantsBlinded, .assessorsBlinded, .attritionNote, .gradeCertainty, .qualityNote';

const evidenceMap = (rows: EntityLabel, columns: EntityLabel) => /* cypher */ `
  MATCH (r:${rows})<-[:${CLAIM_LINK_TYPE[rows]}]-(c:Claim)-[:${CLAIM_LINK_TYPE[columns]}]->(k:${columns})
  CALL (c, r, k) {
    OPTIONAL MATCH (c)<-[e:${EVIDENCE_TYPES}]-(s:Study)
    ${counted(rows, columns)}
    RETURN collect(e {${FINDING_FIELDS}, stance: type(e), study: s {${STUDY_FIELDS}}}) AS evidence
  }
  RETURN r.id AS row, coalesce(r.name, r.id) AS rowLabel, k.id AS column, coalesce(k.name, k.id) AS columnLabel, c.id AS claim, evidence,
    ${relationsOfClaim('c')} AS relations
  ORDER BY rowLabel, columnLabel, claim`;

const key = (rows: EntityLabel, columns: EntityLabel) => `${rows}x${columns}`;

/** The map statement for each ordered pair of different axes (labels and types come from whitelists). */
export const GET_EVIDENCE_MAP: Record<string, string> = Object.fromEntries(
  MAP_AXES.flatMap((r) => MAP_AXES.filter((c) => c !== r).map((c) => [key(r, c), evidenceMap(r, c)])),
);

export interface MapEvidence {
  stance: Stance;
  timepoint: string | null;
  study: { id: string; design?: string; sampleSize?: number; year?: number; [prop: string]: unknown };
  [prop: string]: unknown;
}

export interface MapRow {
  row: string;
  rowLabel: string;
  column: string;
  columnLabel: string;
  claim: string;
  evidence: MapEvidence[];
  /** Relations of the claim's studies: each claim counts a body of evidence once before the cell pools them. */
  relations: StudyRelation[];
}

/** Every (row entity, claim, column entity) triple with the claim's evidence edges; one round trip. */
export async function getEvidenceMap(db: Db, rows: EntityLabel, columns: EntityLabel): Promise<MapRow[]> {
  const k = key(rows, columns);
  return db.read<MapRow & Record<string, unknown>>(`GET_EVIDENCE_MAP.${k}`, GET_EVIDENCE_MAP[k]!);
}
