import type { z } from 'zod';
import * as S from '../seed/seed-schemas.js';
import { checkSheets, readRows, type ReadRow } from './check-sheets.js';
import { MAX_QUOTE_CHARS, sheetSpec } from './workbook-sheets.js';
import type { WorkbookProblem } from './workbook-problem.js';
import type { Tables } from './workbook-table.js';
import { emptyWorkbookData, type WorkbookData, type WorkbookEvidence } from './workbook-data.js';

/** Which spreadsheet row each record came from, per seed file; evidence keeps one row per link. */
export interface Origins {
  rowsOf: Record<string, number[]>;
  evidenceLinkRows: number[][];
}

export interface TablesRead {
  data: WorkbookData;
  origins: Origins;
  problems: WorkbookProblem[];
}

type Values = Record<string, unknown>;

/** Checks one record against its seed schema; each issue is named by the column its path starts at. */
function validate<T>(
  schema: z.ZodType<T>,
  record: unknown,
  sheet: string,
  row: number,
  problems: WorkbookProblem[],
  columnOf: (path: PropertyKey[]) => string = (p) => String(p[0] ?? '-'),
): T | null {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push({ sheet, row, column: columnOf(issue.path), message: issue.message });
  return null;
}

const rowsOf = (tables: Tables, name: string, problems: WorkbookProblem[]): ReadRow[] => readRows(tables, sheetSpec(name)!, problems);

const isHttp = (url: unknown) => typeof url === 'string' && /^https?:\/\/\S+$/i.test(url);

function quoteLength(sheet: string, row: number, column: string, quote: unknown, problems: WorkbookProblem[]) {
  if (typeof quote === 'string' && quote.length > MAX_QUOTE_CHARS) {
    problems.push({ sheet, row, column, message: `quote is ${quote.length} characters; ${MAX_QUOTE_CHARS} at most (a quote, not a passage)` });
  }
}

function httpOnly(sheet: string, row: number, column: string, url: unknown, problems: WorkbookProblem[]) {
  if (typeof url === 'string' && url !== '' && !isHttp(url))
    problems.push({ sheet, row, column, message: `"${url.slice(0, 60)}" is not an http or https address` });
}

const STUDY_ROB_COLUMNS: Record<string, string> = {
  randomised: 'robRandomised',
  allocationConcealment: 'robAllocationConcealment',
  participantsBlinded: 'robParticipantsBlinded',
  assessorsBlinded: 'robAssessorsBlinded',
  attritionNote: 'robAttritionNote',
  registration: 'robRegistration',
  gradeCertainty: 'robGradeCertainty',
  qualityNote: 'robQualityNote',
  note: 'robNote',
  source: 'robSource',
};

/** A study row as the seed's record, findings and stated certainty still empty; no risk-of-bias cell filled = null. */
function studyOf(v: Values): Values {
  const rob = Object.fromEntries(Object.entries(STUDY_ROB_COLUMNS).map(([field, column]) => [field, v[column] ?? null]));
  const hasRob = Object.values(rob).some((x) => x !== null && x !== undefined);
  const { reviewMethod, corrections, ...rest } = Object.fromEntries(Object.entries(v).filter(([k]) => !k.startsWith('rob')));
  return {
    ...rest,
    riskOfBias: hasRob ? { ...rob, note: rob.note ?? undefined, source: rob.source ?? '' } : null,
    corrections: corrections ?? [],
    findings: [],
    ...(reviewMethod ? { reviewMethod } : {}),
  };
}

const EFFECT_COLUMNS: Record<string, string> = {
  measure: 'effectMeasure',
  value: 'effectValue',
  ciLow: 'effectCiLow',
  ciHigh: 'effectCiHigh',
  participants: 'effectParticipants',
  studies: 'effectStudies',
  grade: 'effectGrade',
  followUp: 'effectFollowUp',
  secondArm: 'effectSecondArm',
};
const OPTIONAL_EFFECT_FIELDS = new Set(['grade', 'followUp', 'secondArm']);

/** A finding row as the seed's finding: the effect-size cells become `effectSize` when any is filled. */
function findingOf(v: Values): Values {
  const effect = Object.fromEntries(
    Object.entries(EFFECT_COLUMNS)
      .map(([field, column]) => [field, v[column] ?? null] as const)
      .filter(([field, value]) => !(OPTIONAL_EFFECT_FIELDS.has(field) && value === null)),
  );
  const hasEffect = Object.values(effect).some((x) => x !== null);
  const finding: Values = {};
  for (const key of ['outcome', 'direction', 'timepoint', 'effect', 'quote', 'source', 'sourceKind', 'comparator', 'outcomeMeasure', 'timepointWeeks'])
    finding[key] = v[key];
  if (hasEffect) finding.effectSize = effect;
  if (v.armData !== undefined) finding.armData = v.armData;
  if (v.extractionNote != null) finding.extractionNote = v.extractionNote;
  return finding;
}

const findingColumn = (path: PropertyKey[]) => (path[0] === 'effectSize' ? (EFFECT_COLUMNS[String(path[1])] ?? 'effectMeasure') : String(path[0] ?? '-'));
const studyColumn = (path: PropertyKey[]) => (path[0] === 'riskOfBias' ? (STUDY_ROB_COLUMNS[String(path[1])] ?? 'robSource') : String(path[0] ?? '-'));

/**
 * Reads the sheets into the seed's JSON shapes, checking each record with the seed's schema as it goes.
 * Reference checks (ids that must exist) come after, in check-workbook.ts, on the whole data.
 */
export function tablesToData(tables: Tables): TablesRead {
  const problems = checkSheets(tables);
  const data = emptyWorkbookData();
  const origins: Origins = { rowsOf: {}, evidenceLinkRows: [] };
  if (problems.length) return { data, origins, problems };
  const origin = (file: string) => (origins.rowsOf[file] ??= []);

  for (const { row, values } of rowsOf(tables, 'question', problems)) {
    const q = validate(S.QuestionSchema, values, 'question', row, problems);
    if (q) data.questions.push(q), origin('question.json').push(row);
  }
  if (!problems.length && data.questions.length === 0)
    problems.push({ sheet: 'question', row: 0, column: '-', message: 'the question sheet has no row: name the question the workbook answers' });
  const questionIds = new Set(data.questions.map((q) => q.id));
  const ownerOf = (sheet: string, row: number, v: Values, column = 'question'): string | null => {
    const named = typeof v.question === 'string' ? v.question : '';
    if (!named) {
      if (data.questions.length === 1) return data.questions[0]!.id;
      if (data.questions.length > 1) problems.push({ sheet, row, column, message: 'the workbook has several questions: name the one this row belongs to' });
      return null;
    }
    if (!questionIds.has(named)) problems.push({ sheet, row, column, message: `refers to question "${named}", which is not in the question sheet` });
    return named;
  };

  for (const { row, values } of rowsOf(tables, 'sources', problems)) {
    const { question: _q, ...record } = values;
    httpOnly('sources', row, 'url', record.url, problems);
    const owner = ownerOf('sources', row, values);
    const source = validate(S.SourceSchema, record, 'sources', row, problems);
    if (source) {
      data.sources.push(source), origin('sources.json').push(row);
      if (owner) data.sourceQuestion[source.id] = owner;
    }
  }
  for (const { row, values } of rowsOf(tables, 'assertions', problems)) {
    quoteLength('assertions', row, 'quote', values.quote, problems);
    const a = validate(S.AssertionSchema, values, 'assertions', row, problems);
    if (a) data.assertions.push(a), origin('assertions.json').push(row);
  }
  for (const { row, values } of rowsOf(tables, 'claims', problems)) {
    const { question: _q, ...record } = values;
    const owner = ownerOf('claims', row, values);
    const c = validate(S.ClaimSchema, record, 'claims', row, problems);
    if (c) {
      data.claims.push(c), origin('claims.json').push(row);
      if (owner) data.claimQuestion[c.id] = owner;
    }
  }
  for (const [sheet, schema, list] of [
    ['techniques', S.TechniqueSchema, data.techniques],
    ['conditions', S.ConditionSchema, data.conditions],
    ['outcomes', S.OutcomeSchema, data.outcomes],
    ['mechanisms', S.MechanismSchema, data.mechanisms],
  ] as const) {
    for (const { row, values } of rowsOf(tables, sheet, problems)) {
      const r = validate(schema as z.ZodType<unknown>, values, sheet, row, problems);
      if (r) (list as unknown[]).push(r), origin(`${sheet}.json`).push(row);
    }
  }

  const studies = new Map<string, S.Study>();
  for (const { row, values } of rowsOf(tables, 'studies', problems)) {
    httpOnly('studies', row, 'url', values.url, problems);
    const s = validate(S.StudySchema, studyOf(values), 'studies', row, problems, studyColumn);
    if (s) data.studies.push(s), studies.set(s.id, s), origin('reference-studies.json').push(row);
  }
  readFindings(tables, data, studies, ownerOf, problems);
  for (const { row, values } of rowsOf(tables, 'stated_certainty', problems)) {
    const { study, ...rating } = values;
    httpOnly('stated_certainty', row, 'source', rating.source, problems);
    const r = validate(S.StatedRatingSchema, rating, 'stated_certainty', row, problems);
    const s = studies.get(String(study));
    if (!s) problems.push({ sheet: 'stated_certainty', row, column: 'study', message: `refers to study "${study}", which is not in the studies sheet` });
    else if (r) s.statedCertainty = [...(s.statedCertainty ?? []), r];
  }
  readEvidence(tables, data, origins, ownerOf, problems);
  for (const { row, values } of rowsOf(tables, 'relations', problems)) {
    const { question, ...record } = values;
    httpOnly('relations', row, 'source', record.source, problems);
    const owner = question ? ownerOf('relations', row, values) : null;
    const r = validate(S.RelationSchema, record, 'relations', row, problems);
    if (r) data.relations.push(owner ? { ...r, question: owner } : r), origin('relations.json').push(row);
  }
  readCitations(tables, data, origin('citations.json'), problems);
  for (const { row, values } of rowsOf(tables, 'contraindications', problems)) {
    const { question: _q, ...record } = values;
    quoteLength('contraindications', row, 'quote', record.quote, problems);
    const owner = ownerOf('contraindications', row, values);
    const c = validate(S.ContraindicationSchema, record, 'contraindications', row, problems);
    if (c) data.contraindications.push(owner ? { ...c, question: owner } : c), origin('contraindications.json').push(row);
  }
  return { data, origins, problems };
}

type OwnerOf = (sheet: string, row: number, v: Values, column?: string) => string | null;

/** Finding sets: each study's own (findingSet blank) and those a question adds, each finding at its number. */
function readFindings(tables: Tables, data: WorkbookData, studies: Map<string, S.Study>, ownerOf: OwnerOf, problems: WorkbookProblem[]) {
  const sets = new Map<string, Array<{ row: number; n: number; finding: S.Finding }>>();
  for (const { row, values } of rowsOf(tables, 'findings', problems)) {
    quoteLength('findings', row, 'quote', values.quote, problems);
    httpOnly('findings', row, 'source', values.source, problems);
    const f = validate(S.FindingSchema, findingOf(values), 'findings', row, problems, findingColumn);
    const study = String(values.study);
    if (!studies.has(study)) {
      problems.push({ sheet: 'findings', row, column: 'study', message: `refers to study "${study}", which is not in the studies sheet` });
      continue;
    }
    const set = values.findingSet ? ownerOf('findings', row, { question: values.findingSet }, 'findingSet') : '';
    if (set === null || !f || typeof values.finding !== 'number') continue;
    const key = `${study}|${set}`;
    sets.set(key, [...(sets.get(key) ?? []), { row, n: values.finding, finding: f }]);
  }
  for (const [key, list] of sets) {
    const [study, question] = key.split('|') as [string, string];
    const findings: S.Finding[] = [];
    for (const x of list) {
      // A number may be missing (a finding no claim uses is not in the graph, so a backup lacks it); never repeated.
      if (findings[x.n])
        problems.push({
          sheet: 'findings',
          row: x.row,
          column: 'finding',
          message: `study "${study}"${question ? ` (findings of question "${question}")` : ''} already has a finding ${x.n}`,
        });
      findings[x.n] = x.finding;
    }
    if (question) data.questionFindings.push({ studyId: study, question, findings });
    else studies.get(study)!.findings = findings;
  }
}

/** Evidence rows grouped into the seed's entries (one per finding, its links in row order). */
function readEvidence(tables: Tables, data: WorkbookData, origins: Origins, ownerOf: OwnerOf, problems: WorkbookProblem[]) {
  const entries = new Map<string, number>();
  for (const { row, values } of rowsOf(tables, 'evidence', problems)) {
    const { study, finding, findingSet, ...rest } = values;
    const link = validate(
      S.EvidenceLinkSchema,
      { ...rest, measuredMechanisms: (rest.measuredMechanisms as string[]).length ? rest.measuredMechanisms : undefined },
      'evidence',
      row,
      problems,
    );
    const question = findingSet ? ownerOf('evidence', row, { question: findingSet }, 'findingSet') : '';
    if (!link || question === null || typeof finding !== 'number') continue;
    if (!link.measuredMechanisms) delete link.measuredMechanisms;
    const key = `${study}|${question}|${finding}`;
    let index = entries.get(key);
    if (index === undefined) {
      index = data.evidence.length;
      entries.set(key, index);
      const entry: WorkbookEvidence = { study: String(study), finding, links: [] };
      if (question) Object.assign(entry, { findingSet: 'question', question });
      data.evidence.push(entry);
      origins.evidenceLinkRows.push([]);
    }
    data.evidence[index]!.links.push(link);
    origins.evidenceLinkRows[index]!.push(row);
  }
}

/** Citations with their discrepancies (a discrepancy row names its citation by article and study). */
function readCitations(tables: Tables, data: WorkbookData, citationRows: number[], problems: WorkbookProblem[]) {
  const byPair = new Map<string, S.Citation>();
  for (const { row, values } of rowsOf(tables, 'citations', problems)) {
    const c = validate(S.CitationSchema, { ...values, discrepancies: [] }, 'citations', row, problems);
    if (c) data.citations.push(c), citationRows.push(row), byPair.set(`${c.source}|${c.study}`, c);
  }
  for (const { row, values } of rowsOf(tables, 'discrepancies', problems)) {
    const { source, study, ...rest } = values;
    const d = validate(S.DiscrepancySchema, rest, 'discrepancies', row, problems);
    const citation = byPair.get(`${source}|${study}`);
    if (!citation)
      problems.push({ sheet: 'discrepancies', row, column: 'study', message: `no citation of study "${study}" by article "${source}" in the citations sheet` });
    else if (d) citation.discrepancies.push(d);
  }
}
