import { findReferenceProblems } from '../seed/check-references.js';
import type { SeedData } from '../seed/seed-schemas.js';
import { mergeSeed } from '../seed/merge-seed.js';
import { normaliseDoi } from '../domain/normalise.js';
import { tablesToData, type Origins } from './tables-to-data.js';
import type { WorkbookData } from './workbook-data.js';
import type { WorkbookProblem } from './workbook-problem.js';
import type { Tables } from './workbook-table.js';

const SHEET_OF_FILE: Record<string, string> = {
  'reference-studies.json': 'studies',
  'sources.json': 'sources',
  'techniques.json': 'techniques',
  'mechanisms.json': 'mechanisms',
  'conditions.json': 'conditions',
  'outcomes.json': 'outcomes',
  'claims.json': 'claims',
  'assertions.json': 'assertions',
  'citations.json': 'citations',
  'evidence.json': 'evidence',
  'contraindications.json': 'contraindications',
  'relations.json': 'relations',
};

/**
 * The seed checker's view of the data: the shared records, and every question's records as one folder, so each
 * problem's file and record number lead back to one sheet row. Evidence on the studies' own findings only;
 * links on a question's added findings are checked in questionFindingProblems.
 */
function seedView(data: WorkbookData): { view: SeedData; evidenceIndex: number[] } {
  const evidenceIndex: number[] = [];
  const evidence = data.evidence.filter((e, i) => !e.findingSet && evidenceIndex.push(i)).map(({ findingSet: _f, question: _q, ...e }) => e);
  const shared = {
    studies: data.studies,
    techniques: data.techniques,
    mechanisms: data.mechanisms,
    conditions: data.conditions,
    outcomes: data.outcomes,
    relations: data.relations,
  };
  const workbook = {
    question: { id: 'workbook', wording: '-', population: '-', intervention: '-', comparison: '', outcome: '', summary: '' },
    findings: [],
    sources: data.sources,
    claims: data.claims,
    assertions: data.assertions,
    citations: data.citations,
    evidence,
    contraindications: data.contraindications,
    studies: [],
    techniques: [],
    mechanisms: [],
    conditions: [],
    outcomes: [],
    relations: [],
  };
  return { view: mergeSeed(shared, [workbook]), evidenceIndex };
}

/** The seed checker's reference problems, each moved to the sheet, row and column it came from. */
function referenceProblems(data: WorkbookData, origins: Origins): WorkbookProblem[] {
  const { view, evidenceIndex } = seedView(data);
  return findReferenceProblems(view).map((p) => {
    const file = p.file.split('/').pop()!;
    const sheet = SHEET_OF_FILE[file] ?? file;
    const i = Number(/^record (\d+)/.exec(p.record)?.[1] ?? -1);
    const [field = '-', second] = p.field.split('.');
    if (sheet === 'evidence') {
      const rows = origins.evidenceLinkRows[evidenceIndex[i] ?? -1] ?? [];
      const link = field === 'links' ? Number(second) : 0;
      const column = field === 'links' ? (p.field.split('.')[2] ?? 'claim') : field;
      return { sheet, row: rows[link] ?? 0, column, message: p.message };
    }
    return { sheet, row: origins.rowsOf[file]?.[i] ?? 0, column: field, message: p.message };
  });
}

/** Links to a finding number the study lacks, and links on a question's added findings (study, finding, claim, mechanisms). */
function questionFindingProblems(data: WorkbookData, origins: Origins): WorkbookProblem[] {
  const problems: WorkbookProblem[] = [];
  const claims = new Map(data.claims.map((c) => [c.id, c]));
  const studies = new Map(data.studies.map((s) => [s.id, s]));
  data.evidence.forEach((e, i) => {
    const own = studies.get(e.study)?.findings;
    // The seed checker counts findings by length; a number missing inside the list is caught here.
    if (!e.findingSet && own && e.finding < own.length && !own[e.finding]) {
      problems.push({
        sheet: 'evidence',
        row: origins.evidenceLinkRows[i]?.[0] ?? 0,
        column: 'finding',
        message: `study "${e.study}" has no finding ${e.finding}`,
      });
    }
    if (!e.findingSet) return;
    const rows = origins.evidenceLinkRows[i] ?? [];
    const set = data.questionFindings.find((q) => q.studyId === e.study && q.question === e.question);
    if (!set?.findings[e.finding])
      problems.push({
        sheet: 'evidence',
        row: rows[0] ?? 0,
        column: 'finding',
        message: `question "${e.question}" adds no finding ${e.finding} to study "${e.study}"`,
      });
    e.links.forEach((link, j) => {
      const claim = claims.get(link.claim);
      if (!claim) problems.push({ sheet: 'evidence', row: rows[j] ?? 0, column: 'claim', message: `refers to claim "${link.claim}", which does not exist` });
      for (const m of link.measuredMechanisms ?? []) {
        if (claim && !claim.via.includes(m))
          problems.push({
            sheet: 'evidence',
            row: rows[j] ?? 0,
            column: 'measuredMechanisms',
            message: `claim "${link.claim}" does not work via mechanism "${m}"`,
          });
      }
    });
  });
  return problems;
}

/** Two studies with one DOI are one study entered twice. */
function duplicateDois(data: WorkbookData, origins: Origins): WorkbookProblem[] {
  const problems: WorkbookProblem[] = [];
  const seen = new Map<string, string>();
  data.studies.forEach((s, i) => {
    if (!s.doi) return;
    const doi = normaliseDoi(s.doi);
    const first = seen.get(doi);
    if (first)
      problems.push({
        sheet: 'studies',
        row: origins.rowsOf['reference-studies.json']?.[i] ?? 0,
        column: 'doi',
        message: `DOI ${s.doi} is already study "${first}"'s`,
      });
    else seen.set(doi, s.id);
  });
  return problems;
}

export interface CheckedWorkbook {
  data: WorkbookData;
  origins: Origins;
  problems: WorkbookProblem[];
}

/**
 * Everything that can be checked without the database: sheets and columns, every cell's kind, every record
 * against the seed's schemas, then the seed checker's reference checks and duplicate DOIs.
 */
export function checkWorkbook(tables: Tables): CheckedWorkbook {
  const { data, origins, problems } = tablesToData(tables);
  if (problems.length) return { data, origins, problems };
  return { data, origins, problems: [...referenceProblems(data, origins), ...questionFindingProblems(data, origins), ...duplicateDois(data, origins)] };
}
