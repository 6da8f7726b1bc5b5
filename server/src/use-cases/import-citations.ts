import type { ManagedTransaction } from 'neo4j-driver';
import type { Db } from '../db/db.js';
import type { ImportFormat } from '../generated/graphql.js';
import type { ImportedStudy } from '../import/from-csl.js';
import { parseInline, type ParseJob } from '../heavy/heavy-tasks.js';
import { idBase, planImport, type ExistingStudy, type ImportFlag } from '../import/import-plan.js';
import { normaliseDoi } from '../domain/normalise.js';
import { nodeLabels } from '../domain/kinds.js';
import { lockNewIds } from '../queries/id-lock.js';
import { recordChanges } from '../queries/audit-log.js';
import { setStats } from '../queries/node-stats.js';

/**
 * Studies an import could duplicate: same year (title match) or same DOI (stored DOIs are bare).
 * Two branches so each reads an index (year seek, DOI index scan); an OR over both scanned the label.
 */
export const FIND_IMPORT_CANDIDATES = /* cypher */ `
  CALL () {
    MATCH (s:Study) WHERE s.year IN $years RETURN s
    UNION
    MATCH (s:Study) WHERE s.doi IS NOT NULL AND toLower(s.doi) IN $dois RETURN s
  }
  RETURN s.id AS id, s.title AS title, s.year AS year, s.doi AS doi`;

/** Ids in use under any label that a new study id could collide with (`base` or `base-N`). */
export const FIND_TAKEN_IDS = /* cypher */ `
  UNWIND $bases AS base
  CALL (base) {
    ${nodeLabels()
      .map((label) => `MATCH (n:${label}) WHERE n.id = base OR n.id STARTS WITH base + '-' RETURN n.id AS id`)
      .join('\n    UNION ')}
  }
  RETURN DISTINCT id`;

/** Creates the imported studies; CREATE, not MERGE: an id taken meanwhile fails the whole import. */
export const CREATE_IMPORTED_STUDIES = /* cypher */ `
  UNWIND $rows AS row
  CREATE (s:Study)
  SET s = row, s.version = 1
  ${setStats('s')}
  RETURN s {.*, __label: 'Study'} AS study`;

/** Node properties of an imported study, as the seed loader's toStudyRow sets them (absent = null = no property). */
export function toImportedStudyRow(s: ImportedStudy & { id: string }, format: ImportFormat): Record<string, unknown> {
  return {
    id: s.id,
    title: s.title,
    authors: s.authors,
    authorsText: s.authors.join('; '),
    year: s.year,
    journal: s.journal,
    volume: s.volume,
    issue: s.issue,
    pages: s.pages,
    doi: s.doi,
    pmid: s.pmid,
    pmcid: s.pmcid,
    url: s.url,
    design: s.design,
    sampleSize: null,
    population: null,
    confirmedFrom: [],
    uncertain: [],
    studiedConditions: [],
    studiedTechniques: [],
    studiedComparators: [],
    studiedOutcomes: [],
    importedFrom: format.toLowerCase(),
  };
}

export interface ImportResult {
  added: Record<string, unknown>[];
  duplicates: string[];
  flagged: ImportFlag[];
}

async function rows<T>(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<T[]> {
  return (await tx.run(cypher, params)).records.map((r) => r.toObject() as T);
}

/**
 * Parses and checks the whole file first (BAD_USER_INPUT naming the entry or line), then finds
 * duplicates and writes the new studies in one transaction: all or nothing.
 */
export async function importCitations(db: Db, format: ImportFormat, content: string, who: string, parse: ParseJob = parseInline): Promise<ImportResult> {
  const records = await parse(format, content);
  return db.writeTx('IMPORT_CITATIONS', async (tx) => {
    await lockNewIds(tx);
    const existing = await rows<ExistingStudy>(tx, FIND_IMPORT_CANDIDATES, {
      years: [...new Set(records.map((r) => r.year))],
      dois: records.flatMap((r) => (r.doi ? [normaliseDoi(r.doi)] : [])),
    });
    const taken = await rows<{ id: string }>(tx, FIND_TAKEN_IDS, { bases: [...new Set(records.map(idBase))] });
    const plan = planImport(records, existing, new Set(taken.map((t) => t.id)));
    const created = plan.add.length
      ? await rows<{ study: Record<string, unknown> }>(tx, CREATE_IMPORTED_STUDIES, { rows: plan.add.map((s) => toImportedStudyRow(s, format)) })
      : [];
    await recordChanges(
      tx,
      created.map(({ study }) => ({ who, action: 'IMPORT', kind: 'Study', targetId: String(study.id), nodeIds: [String(study.id)], before: null, after: study })),
    );
    return { added: created.map((c) => c.study), duplicates: plan.duplicates, flagged: plan.flagged };
  }, { timeoutMs: 30_000 }); // a large file is one long write
}
