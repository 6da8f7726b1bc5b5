import type { Db } from '../db/db.js';
import { normaliseDoi } from '../domain/normalise.js';
import type { Origins } from './tables-to-data.js';
import type { WorkbookData } from './workbook-data.js';
import type { WorkbookProblem } from './workbook-problem.js';

const STUDIES_WITH_DOIS = /* cypher */ `
  MATCH (s:Study) WHERE s.doi IS NOT NULL AND toLower(s.doi) IN $dois
  RETURN s.id AS id, toLower(s.doi) AS doi`;

/** A workbook study whose DOI the graph already holds under another id: one study entered twice. */
export async function graphConflicts(db: Db, data: WorkbookData, origins: Origins): Promise<WorkbookProblem[]> {
  const dois = data.studies.filter((s) => s.doi).map((s) => normaliseDoi(s.doi!));
  if (!dois.length) return [];
  const held = await db.read<{ id: string; doi: string }>('WORKBOOK_DOI_CONFLICTS', STUDIES_WITH_DOIS, { dois });
  const problems: WorkbookProblem[] = [];
  data.studies.forEach((s, i) => {
    if (!s.doi) return;
    const other = held.find((h) => normaliseDoi(h.doi) === normaliseDoi(s.doi!) && h.id !== s.id);
    if (other)
      problems.push({
        sheet: 'studies',
        row: origins.rowsOf['reference-studies.json']?.[i] ?? 0,
        column: 'doi',
        message: `DOI ${s.doi} is already study "${other.id}" in the graph: use that id`,
      });
  });
  return problems;
}
