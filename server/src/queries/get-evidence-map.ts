import type { Stance } from '../domain/stances.js';
import type { Db } from '../db/db.js';
import { CLAIM_LINK_TYPE, type EntityLabel } from './get-claims-of-entities.js';
import { DbLimitError } from '../db/db-errors.js';
import { EVIDENCE_TYPES, int } from './cypher-parts.js';
import { relationsOfClaim } from './get-evidence-context.js';
import type { StudyRelationLink as StudyRelation } from '../domain/models.js';
import { NOT_UNDER_TEST } from '../domain/techniques-under-test.js';
import { claimInQuestion } from './question-scope.js';

export const MAP_AXES = Object.keys(CLAIM_LINK_TYPE) as EntityLabel[];

/** What a cell's figures read of a finding (stance, filter, imprecision); missing properties come back null. */
const FINDING_FIELDS = '.timepoint, .timepointWeeks, .comparator, .outcome, .outcomeMeasure, .sourceKind, .effectMeasure, .effectCiLow, .effectCiHigh, .effectParticipants, .effectValue, .armData';
const STUDY_FIELDS =
  '.id, .design, .sampleSize, .year, .authors, .population, .randomised, .allocationConcealment, .participantsBlinded, .assessorsBlinded, .attritionNote, .gradeCertainty, .qualityNote, .statedRatings, .reviewMethod';

// One pass over the claims in id order, a page at a time (an index range seek, not a label scan): each claim's
// axes and evidence are read once, however many cells it falls in; each study once per page, not once per finding.
// Technique rows come from ABOUT only, so a comparator (COMPARED_WITH) never gets a row; nor does a technique whose
// category says it is a co-treatment or comparator (NOT_UNDER_TEST), even where a claim is ABOUT it.
const underTest = (label: EntityLabel, v: string) => (label === 'Technique' ? `WHERE NOT coalesce(${v}.category, '') IN ${JSON.stringify(NOT_UNDER_TEST)}` : '');
const evidenceMap = (rows: EntityLabel, columns: EntityLabel) => /* cypher */ `
  MATCH (c:Claim) WHERE c.id > $after AND ${claimInQuestion('c')}
  WITH c ORDER BY c.id LIMIT $page
  WITH collect(c) AS page
  CALL (page) {
    UNWIND page AS c
    CALL (c) {
      MATCH (c)-[:${CLAIM_LINK_TYPE[rows]}]->(r:${rows}) ${underTest(rows, 'r')}
      RETURN collect({id: r.id, label: coalesce(r.name, r.id)}) AS rows
    }
    WITH c, rows WHERE size(rows) > 0
    CALL (c) {
      MATCH (c)-[:${CLAIM_LINK_TYPE[columns]}]->(k:${columns}) ${underTest(columns, 'k')}
      RETURN collect({id: k.id, label: coalesce(k.name, k.id)}) AS columns
    }
    WITH c, rows, columns WHERE size(columns) > 0
    CALL (c) {
      OPTIONAL MATCH (c)<-[e:${EVIDENCE_TYPES}]-(s:Study)
      RETURN collect(e {${FINDING_FIELDS}, stance: type(e), measured: coalesce(e.measuredMechanisms, []), study: s.id}) AS evidence, collect(s) AS studies
    }
    RETURN collect({claim: c.id, rows: rows, columns: columns, evidence: evidence, relations: ${relationsOfClaim('c')}}) AS claims, collect(studies) AS studyLists
  }
  CALL (studyLists) {
    UNWIND studyLists AS list
    UNWIND list AS s
    WITH DISTINCT s
    RETURN collect(s {${STUDY_FIELDS}}) AS studies
  }
  RETURN page[-1].id AS last, size(page) AS read, claims, studies`;

const key = (rows: EntityLabel, columns: EntityLabel) => `${rows}x${columns}`;

/** The map statement for each ordered pair of different axes (labels and types come from whitelists). */
export const GET_EVIDENCE_MAP: Record<string, string> = Object.fromEntries(
  MAP_AXES.flatMap((r) => MAP_AXES.filter((c) => c !== r).map((c) => [key(r, c), evidenceMap(r, c)])),
);

export interface MapStudy {
  id: string;
  design?: string;
  sampleSize?: number;
  year?: number;
  [prop: string]: unknown;
}

export interface MapEvidence {
  stance: Stance;
  timepoint: string | null;
  /** Mechanisms the finding measured: on a mechanism axis a finding counts only in its measured mechanisms' cells. */
  measured: string[];
  /** The study's id: its properties are in the page's `studies`. */
  study: string;
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

/** One page of claims on the map, and each study their findings come from. */
export interface MapPage {
  claims: MapRow[];
  studies: MapStudy[];
}

/** Claims read per statement: a page stays far below Neo4j's per-transaction memory cap at any graph size. */
export const MAP_PAGE_CLAIMS = 2000;

/** One page's deadline: no request waits on it (map-cache.ts), so it may be longer than a lookup's. */
export const MAP_PAGE_TIMEOUT_MS = 30_000;

/** All pages together: a map computed once per filter in the background, then served from memory (map-cache.ts). */
export const MAP_TIMEOUT_MS = 15 * 60_000;

/**
 * Every claim linked to both axes with its evidence, read once, page by page (each page its own read transaction); `onPage` folds each page in, so no more than a page is held as rows.
 */
export async function readEvidenceMap(db: Db, rows: EntityLabel, columns: EntityLabel, onPage: (page: MapPage) => void, question: string | null = null): Promise<void> {
  const k = key(rows, columns);
  const deadline = Date.now() + MAP_TIMEOUT_MS;
  let after = '';
  for (;;) {
    if (Date.now() > deadline) throw new DbLimitError(`GET_EVIDENCE_MAP.${k}`, 'time', new Error(`not read within ${MAP_TIMEOUT_MS} ms`));
    const [page] = await db.read<{ last: string | null; read: number; claims: MapRow[]; studies: MapStudy[] }>(`GET_EVIDENCE_MAP.${k}`, GET_EVIDENCE_MAP[k]!, { after, page: int(MAP_PAGE_CLAIMS), question }, { timeoutMs: MAP_PAGE_TIMEOUT_MS });
    if (!page || page.read === 0) return;
    onPage({ claims: page.claims, studies: page.studies });
    if (page.read < MAP_PAGE_CLAIMS || page.last == null) return;
    after = page.last;
  }
}
