import type { Finding, Study } from '../seed/seed-schemas.js';
import { writeCell } from './cells.js';
import { WORKBOOK_SHEETS, type SheetSpec } from './workbook-sheets.js';
import type { WorkbookData } from './workbook-data.js';
import type { Table, Tables } from './workbook-table.js';

type Values = Record<string, unknown>;

/** A sheet's rows from plain records: each column's value written as its kind; rows numbered from 2. */
function table(spec: SheetSpec, records: Values[]): Table {
  return {
    sheet: spec.name,
    headers: spec.columns.map((c) => c.name),
    rows: records.map((r, i) => ({ row: i + 2, cells: Object.fromEntries(spec.columns.map((c) => [c.name, writeCell(c.kind, r[c.name])])) })),
  };
}

function studyValues(s: Study): Values {
  const { findings: _f, statedCertainty: _s, riskOfBias: rob, corrections, ...rest } = s;
  return {
    ...rest,
    corrections: corrections.length ? corrections : null,
    robRandomised: rob?.randomised,
    robAllocationConcealment: rob?.allocationConcealment,
    robParticipantsBlinded: rob?.participantsBlinded,
    robAssessorsBlinded: rob?.assessorsBlinded,
    robAttritionNote: rob?.attritionNote,
    robRegistration: rob?.registration,
    robGradeCertainty: rob?.gradeCertainty,
    robQualityNote: rob?.qualityNote,
    robNote: rob?.note,
    robSource: rob?.source,
  };
}

function findingValues(study: string, findingSet: string, n: number, f: Finding): Values {
  const { effectSize: e, ...rest } = f;
  return {
    study,
    findingSet,
    finding: n,
    ...rest,
    effectMeasure: e?.measure,
    effectValue: e?.value,
    effectCiLow: e?.ciLow,
    effectCiHigh: e?.ciHigh,
    effectParticipants: e?.participants,
    effectStudies: e?.studies,
    effectGrade: e?.grade,
    effectFollowUp: e?.followUp,
    effectSecondArm: e?.secondArm,
  };
}

/** The records as the workbook's sheets, in the sheets' order; `question` cells only when the workbook holds several questions. */
export function dataToTables(data: WorkbookData): Tables {
  const several = data.questions.length > 1;
  const owner = (map: Record<string, string>, id: string) => (several ? map[id] : undefined);
  const records: Record<string, Values[]> = {
    question: data.questions as unknown as Values[],
    sources: data.sources.map((s) => ({ ...s, question: owner(data.sourceQuestion, s.id) })),
    assertions: data.assertions,
    claims: data.claims.map((c) => ({ ...c, question: owner(data.claimQuestion, c.id) })),
    techniques: data.techniques,
    conditions: data.conditions,
    outcomes: data.outcomes,
    mechanisms: data.mechanisms,
    studies: data.studies.map(studyValues),
    findings: [
      ...data.studies.flatMap((s) => s.findings.map((f, n) => findingValues(s.id, '', n, f))),
      ...data.questionFindings.flatMap((q) => q.findings.map((f, n) => findingValues(q.studyId, q.question, n, f))),
    ],
    evidence: data.evidence.flatMap((e) => e.links.map((l) => ({ study: e.study, findingSet: e.findingSet ? e.question : '', finding: e.finding, ...l }))),
    relations: data.relations,
    stated_certainty: data.studies.flatMap((s) => (s.statedCertainty ?? []).map((r) => ({ study: s.id, ...r }))),
    citations: data.citations,
    discrepancies: data.citations.flatMap((c) => c.discrepancies.map((d) => ({ source: c.source, study: c.study, ...d }))),
    contraindications: data.contraindications.map((c) => ({ ...c, question: several ? c.question : undefined })),
  };
  return new Map(WORKBOOK_SHEETS.map((spec) => [spec.name, table(spec, records[spec.name] ?? [])]));
}
