import type { Stance } from '../domain/stances.js';
import type { Db } from '../db/db.js';
import { CLAIM_LINK_TYPE, type EntityLabel } from './get-claims-of-entities.js';
import { EVIDENCE_TYPES } from './cypher-parts.js';
import { relationsOfClaim } from './get-evidence-context.js';
import type { StudyRelation } from '../evidence/evidence-point.js';

export const MAP_AXES = Object.keys(CLAIM_LINK_TYPE) as EntityLabel[];

/** What the summary rule reads of a finding and its study (missing properties come back null). */
const FINDING_FIELDS = '.id, .timepoint, .timepointWeeks, .outcome, .outcomeMeasure, .comparator, .sourceKind, .effectMeasure, .effectValue, .effectCiLow, .effectCiHigh, .effectParticipants, .effectStudies';
const STUDY_FIELDS =
  '.id, .design, .sampleSize, .year, .authors, .population, .randomised, .allocationConcealment, .participantsBlinded, .assessorsBlinded, .attritionNote, .gradeCertainty, .qualityNote';

// One pass over the claims (an index scan on the id constraint, not a label scan): each claim's axes and
// evidence are read once, however many cells it falls in; the cells are formed from these rows in memory.
// Technique rows come from ABOUT only, so a comparator (COMPARED_WITH) never gets a row.
const evidenceMap = (rows: EntityLabel, columns: EntityLabel) => /* cypher */ `
  MATCH (c:Claim) WHERE c.id IS NOT NULL
  CALL (c) {
    MATCH (c)-[:${CLAIM_LINK_TYPE[rows]}]->(r:${rows})
    RETURN collect({id: r.id, label: coalesce(r.name, r.id)}) AS rows
  }
  WITH c, rows WHERE size(rows) > 0
  CALL (c) {
    MATCH (c)-[:${CLAIM_LINK_TYPE[columns]}]->(k:${columns})
    RETURN collect({id: k.id, label: coalesce(k.name, k.id)}) AS columns
  }
  WITH c, rows, columns WHERE size(columns) > 0
  CALL (c) {
    OPTIONAL MATCH (c)<-[e:${EVIDENCE_TYPES}]-(s:Study)
    RETURN collect(e {${FINDING_FIELDS}, stance: type(e), measured: coalesce(e.measuredMechanisms, []), study: s {${STUDY_FIELDS}}}) AS evidence
  }
  RETURN c.id AS claim, rows, columns, evidence, ${relationsOfClaim('c')} AS relations`;

const key = (rows: EntityLabel, columns: EntityLabel) => `${rows}x${columns}`;

/** The map statement for each ordered pair of different axes (labels and types come from whitelists). */
export const GET_EVIDENCE_MAP: Record<string, string> = Object.fromEntries(
  MAP_AXES.flatMap((r) => MAP_AXES.filter((c) => c !== r).map((c) => [key(r, c), evidenceMap(r, c)])),
);

export interface MapEvidence {
  stance: Stance;
  timepoint: string | null;
  /** Mechanisms the finding measured: on a mechanism axis a finding counts only in its measured mechanisms' cells. */
  measured: string[];
  study: { id: string; design?: string; sampleSize?: number; year?: number; [prop: string]: unknown };
  [prop: string]: unknown;
}

export interface MapAxisEntry {
  id: string;
  label: string;
}

/** One claim on the map: the row and column entities it links to, and its evidence edges. */
export interface MapRow {
  claim: string;
  rows: MapAxisEntry[];
  columns: MapAxisEntry[];
  evidence: MapEvidence[];
  /** Relations of the claim's studies: each claim counts a body of evidence once before the cell pools them. */
  relations: StudyRelation[];
}

/** The map's deadline: it reads every claim once and is then served from memory per filter, so it may take longer than one lookup. */
export const MAP_TIMEOUT_MS = 30_000;

/** Every claim linked to both axes, with its evidence edges read once; one round trip. */
export async function getEvidenceMap(db: Db, rows: EntityLabel, columns: EntityLabel): Promise<MapRow[]> {
  const k = key(rows, columns);
  return db.read<MapRow & Record<string, unknown>>(`GET_EVIDENCE_MAP.${k}`, GET_EVIDENCE_MAP[k]!, {}, { timeoutMs: MAP_TIMEOUT_MS });
}
