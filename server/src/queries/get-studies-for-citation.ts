import type { Db } from '../db/db.js';
import type { CitationStudy } from '../domain/models.js';

import { EVIDENCE_TYPES } from '../domain/stances.js';

export type { Stance as EvidenceStance } from '../domain/stances.js';
import type { Stance as EvidenceStance } from '../domain/stances.js';

/**
 * The studies to cite: a claim's evidence (with the stances each study takes on it) and the listed
 * studies, in one round trip; `claimFound` tells an unknown claim from one without evidence.
 */
export const GET_STUDIES_FOR_CITATION = /* cypher */ `
  OPTIONAL MATCH (claim:Claim {id: $claimId})
  OPTIONAL CALL (claim) {
    MATCH (claim)<-[:${EVIDENCE_TYPES}]-(s:Study)
    RETURN s
    UNION
    UNWIND $ids AS id
    MATCH (s:Study {id: id})
    RETURN s
  }
  WITH claim, s
  ORDER BY s.year DESC, s.id
  RETURN claim IS NOT NULL AS claimFound,
         collect(s {
           .id, .title, .authors, .year, .journal, .journalFull, .publisher, .volume, .issue, .pages, .doi, .pmid, .pmcid, .url, .design,
           stances: COLLECT { MATCH (s)-[e:${EVIDENCE_TYPES}]->(claim) RETURN type(e) }
         }) AS studies`;

export interface StudyForCitation extends CitationStudy {
  /** The stance of each of the study's findings on the claim asked for (one entry per evidence edge); empty without a claim. */
  stances: EvidenceStance[];
}

export interface StudiesForCitation {
  claimFound: boolean;
  /** Newest first, then by id. */
  studies: StudyForCitation[];
}

/** The studies a citation export needs; ids that are not studies are simply absent from the result. */
export async function getStudiesForCitation(db: Db, claimId: string | null, ids: readonly string[]): Promise<StudiesForCitation> {
  const [row] = await db.read<StudiesForCitation & Record<string, unknown>>('GET_STUDIES_FOR_CITATION', GET_STUDIES_FOR_CITATION, {
    claimId,
    ids: [...ids],
  });
  return { claimFound: row?.claimFound ?? false, studies: row?.studies ?? [] };
}
