import type { Db } from '../db/db.js';
import { CLAIM_LINKS } from '../domain/claim-links.js';
import { EVIDENCE_TYPES } from '../domain/stances.js';
import { STUDY_RELATIONS } from '../domain/study-relations.js';
import type * as S from '../seed/seed-schemas.js';
import { SHARED_SEED } from '../seed/seed-root.js';
import { emptyWorkbookData, type QuestionRecord, type WorkbookData } from './workbook-data.js';

type Props = Record<string, unknown>;

/*
 * The graph read back into the seed's JSON shapes: the inverse of seed/to-rows.ts. Only fields of the seed's
 * records are read; stored ranking figures (degree, weight), version numbers and the audit log are bookkeeping
 * the loader recomputes or the workbook does not carry.
 */

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const nullable = (v: unknown) => (v === null || v === undefined ? null : (v as string));
const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

const READ_NODES = (label: string) => /* cypher */ `MATCH (n:${label}) RETURN properties(n) AS p ORDER BY n.id`;

const READ_CLAIMS = /* cypher */ `
  MATCH (c:Claim)
  RETURN properties(c) AS p, {${CLAIM_LINKS.map((l) => `${l.seedField}: [(c)-[:${l.type}]->(x:${l.label}) | x.id]`).join(', ')}} AS links
  ORDER BY c.id`;

const READ_PART_OF = /* cypher */ `MATCH (a:Technique)-[:PART_OF]->(b:Technique) RETURN a.id AS from, b.id AS to`;

const READ_EVIDENCE = /* cypher */ `
  MATCH (s:Study)-[e:${EVIDENCE_TYPES}]->(c:Claim)
  WHERE e.finding IS NOT NULL
  RETURN s.id AS study, c.id AS claim, type(e) AS stance, properties(e) AS p
  ORDER BY s.id, e.id`;

const READ_ASSERTIONS = /* cypher */ `MATCH (s:Source)-[a:ASSERTS]->(c:Claim) RETURN s.id AS source, c.id AS claim, a.quote AS quote ORDER BY a.id`;
const READ_CITATIONS = /* cypher */ `MATCH (s:Source)-[r:CITES]->(t:Study) RETURN s.id AS source, t.id AS study, r.printed AS printed, r.discrepancies AS discrepancies ORDER BY r.id`;
const READ_CONTRAINDICATIONS = /* cypher */ `MATCH (t:Technique)-[r:CONTRAINDICATED_IN]->(c:Condition) RETURN t.id AS technique, c.id AS condition, r.quote AS quote, r.sourceId AS source, r.level AS level, r.seededBy AS seededBy ORDER BY r.id`;
const READ_RELATIONS = /* cypher */ `
  MATCH (a:Study)-[r:${STUDY_RELATIONS.map((x) => x.type).join('|')}]->(b:Study)
  RETURN a.id AS from, type(r) AS type, b.id AS to, r.source AS source, r.note AS note, r.seededBy AS seededBy ORDER BY a.id, type(r), b.id, r.seededBy`;
const READ_QUESTIONS = /* cypher */ `
  MATCH (q:Question)
  RETURN properties(q) AS p, [(q)-[:ASKS]->(c:Claim) | c.id] AS claims, [(q)-[:STARTS_FROM]->(s:Source) | s.id] AS sources
  ORDER BY q.id`;

/** `field: printed "x", verified "y" (note)`, as to-rows.ts writes a discrepancy, read back. */
const DISCREPANCY = /^(.*?): printed "(.*)", verified "(.*?)"(?: \((.*)\))?$/s;

function discrepancyOf(line: string): S.Citation['discrepancies'][number] {
  const m = DISCREPANCY.exec(line);
  return m ? { field: m[1]!, printed: m[2]!, verified: m[3]!, note: m[4] ?? '' } : { field: 'note', printed: '', verified: '', note: line };
}

function gradeCertaintyOf(v: unknown): string | Record<string, string> | null {
  if (typeof v !== 'string') return null;
  if (!v.startsWith('{')) return v;
  try {
    return JSON.parse(v) as Record<string, string>;
  } catch {
    return v;
  }
}

function studyOf(p: Props): S.Study {
  const riskFields = [
    'randomised',
    'allocationConcealment',
    'participantsBlinded',
    'assessorsBlinded',
    'attritionNote',
    'registration',
    'gradeCertainty',
    'qualityNote',
    'riskOfBiasNote',
    'riskOfBiasSource',
  ];
  const hasRisk = riskFields.some((f) => p[f] !== null && p[f] !== undefined);
  const study: S.Study = {
    id: text(p.id),
    title: text(p.title),
    authors: list(p.authors),
    year: p.year as number,
    journal: nullable(p.journal),
    volume: nullable(p.volume),
    issue: nullable(p.issue),
    pages: nullable(p.pages),
    doi: nullable(p.doi),
    pmid: nullable(p.pmid),
    pmcid: nullable(p.pmcid),
    url: nullable(p.url),
    design: p.design as S.Study['design'],
    sampleSize: (p.sampleSize as number | undefined) ?? null,
    population: nullable(p.population),
    conditions: list(p.studiedConditions),
    techniques: list(p.studiedTechniques),
    comparators: list(p.studiedComparators),
    outcomes: list(p.studiedOutcomes),
    findings: [],
    confirmedFrom: list(p.confirmedFrom),
    uncertain: list(p.uncertain),
    journalFull: nullable(p.journalFull),
    riskOfBias: hasRisk
      ? {
          randomised: (p.randomised as boolean | undefined) ?? null,
          allocationConcealment: (p.allocationConcealment as 'adequate' | undefined) ?? null,
          participantsBlinded: (p.participantsBlinded as boolean | undefined) ?? null,
          assessorsBlinded: (p.assessorsBlinded as boolean | undefined) ?? null,
          attritionNote: nullable(p.attritionNote),
          registration: nullable(p.registration),
          gradeCertainty: gradeCertaintyOf(p.gradeCertainty),
          qualityNote: nullable(p.qualityNote),
          ...(p.riskOfBiasNote ? { note: String(p.riskOfBiasNote) } : {}),
          source: text(p.riskOfBiasSource),
        }
      : null,
    corrections: [],
  };
  if (p.reviewMethod) study.reviewMethod = p.reviewMethod as S.Study['reviewMethod'];
  if (typeof p.statedRatings === 'string') study.statedCertainty = JSON.parse(p.statedRatings) as S.StatedRating[];
  return study;
}

/** An evidence edge's finding fields back into the seed's finding (the effect size only when one was stated). */
function findingOf(p: Props): S.Finding {
  const effect = {
    measure: nullable(p.effectMeasure),
    value: (p.effectValue as number | undefined) ?? null,
    ciLow: (p.effectCiLow as number | undefined) ?? null,
    ciHigh: (p.effectCiHigh as number | undefined) ?? null,
    participants: (p.effectParticipants as number | undefined) ?? null,
    studies: (p.effectStudies as number | undefined) ?? null,
    ...(p.effectGrade ? { grade: String(p.effectGrade) } : {}),
    ...(p.effectFollowUp ? { followUp: String(p.effectFollowUp) } : {}),
    ...(p.effectSecondArm ? { secondArm: String(p.effectSecondArm) } : {}),
  };
  const finding: S.Finding = {
    outcome: text(p.outcome),
    direction: p.direction as S.Finding['direction'],
    timepoint: text(p.timepoint),
    effect: text(p.effect),
    quote: text(p.quote),
    source: text(p.sourceUrl),
    sourceKind: p.sourceKind as S.Finding['sourceKind'],
    comparator: nullable(p.comparator),
    outcomeMeasure: nullable(p.outcomeMeasure),
    timepointWeeks: (p.timepointWeeks as number | undefined) ?? null,
  };
  if (Object.values(effect).some((v) => v !== null)) finding.effectSize = effect;
  if (typeof p.armData === 'string') finding.armData = JSON.parse(p.armData);
  return finding;
}

const entity = (p: Props) => ({
  id: text(p.id),
  name: text(p.name),
  description: text(p.description),
  aliases: list(p.aliases),
  mentionedIn: list(p.mentionedIn),
});

/** A finding edge's set: the study record's own (`<study>.f<n>.<claim>`) or a question's (`<study>.<question>.f<n>.<claim>`). */
function findingSetOf(edgeId: string, study: string, n: number, claim: string): string {
  if (edgeId === `${study}.f${n}.${claim}`) return '';
  const middle = edgeId.slice(study.length + 1, edgeId.length - `.f${n}.${claim}`.length);
  return middle;
}

/** The whole graph as workbook data: every question, article, claim, study, finding and link. */
export async function readGraph(db: Db): Promise<WorkbookData> {
  const data = emptyWorkbookData();
  const nodes = async (label: string) => (await db.read<{ p: Props }>(`WORKBOOK_READ_${label.toUpperCase()}`, READ_NODES(label))).map((r) => r.p);

  for (const row of await db.read<{ p: Props; claims: string[]; sources: string[] }>('WORKBOOK_READ_QUESTIONS', READ_QUESTIONS)) {
    const q: QuestionRecord = {
      id: text(row.p.id),
      wording: text(row.p.wording),
      population: text(row.p.population),
      intervention: text(row.p.intervention),
      comparison: text(row.p.comparison),
      outcome: text(row.p.outcome),
      summary: text(row.p.summary),
    };
    data.questions.push(q);
    for (const c of row.claims) data.claimQuestion[c] = q.id;
    for (const s of row.sources) data.sourceQuestion[s] = q.id;
  }
  data.sources = (await nodes('Source')).map((p) => ({
    id: text(p.id),
    title: text(p.title),
    author: text(p.author),
    publisher: text(p.publisher),
    published: text(p.published),
    lastUpdated: text(p.lastUpdated),
    url: text(p.url),
    urlSource: text(p.urlSource),
    kind: 'web_article',
    seedFile: text(p.seedFile),
  }));
  const partOf = new Map((await db.read<{ from: string; to: string }>('WORKBOOK_READ_PART_OF', READ_PART_OF)).map((r) => [r.from, r.to]));
  data.techniques = (await nodes('Technique')).map((p) => ({
    ...entity(p),
    category: p.category as S.Technique['category'],
    partOf: partOf.get(text(p.id)) ?? '',
  }));
  data.mechanisms = (await nodes('Mechanism')).map(entity);
  data.conditions = (await nodes('Condition')).map((p) => ({ ...entity(p), category: p.category as S.Condition['category'] }));
  data.outcomes = (await nodes('Outcome')).map((p) => ({ ...entity(p), instrument: text(p.instrument) }));
  data.claims = (await db.read<{ p: Props; links: Record<string, string[]> }>('WORKBOOK_READ_CLAIMS', READ_CLAIMS)).map(({ p, links }) => ({
    id: text(p.id),
    statement: text(p.statement),
    direction: p.direction as S.Claim['direction'],
    claimKind: p.claimKind as S.Claim['claimKind'],
    about: [...links.about!].sort(),
    comparedWith: [...links.comparedWith!].sort(),
    in: [...links.in!].sort(),
    on: [...links.on!].sort(),
    via: [...links.via!].sort(),
  }));
  data.studies = (await nodes('Study')).map(studyOf);
  readFindings(data, await db.read('WORKBOOK_READ_EVIDENCE', READ_EVIDENCE));
  data.assertions = await db.read<S.Assertion>('WORKBOOK_READ_ASSERTIONS', READ_ASSERTIONS);
  data.citations = (
    await db.read<{ source: string; study: string; printed: string; discrepancies: string[] | null }>('WORKBOOK_READ_CITATIONS', READ_CITATIONS)
  ).map((c) => ({
    source: c.source,
    study: c.study,
    printed: c.printed,
    discrepancies: (c.discrepancies ?? []).map(discrepancyOf),
  }));
  data.contraindications = (await db.read<S.Contraindication & { seededBy: string | null }>('WORKBOOK_READ_CONTRAINDICATIONS', READ_CONTRAINDICATIONS)).map(
    ({ seededBy, ...c }) => ({
      ...c,
      ...(seededBy ? { question: seededBy } : {}),
    }),
  );
  const seedType = Object.fromEntries(STUDY_RELATIONS.map((r) => [r.type, r.seedType]));
  data.relations = (
    await db.read<{ from: string; type: string; to: string; source: string; note: string | null; seededBy: string | null }>(
      'WORKBOOK_READ_RELATIONS',
      READ_RELATIONS,
    )
  ).map((r) => ({
    from: r.from,
    type: seedType[r.type] as S.Relation['type'],
    to: r.to,
    source: r.source,
    note: r.note ?? '',
    // Who seeded it: `shared` (or nobody: a relation from before questions) is shared by every question.
    ...(r.seededBy && r.seededBy !== SHARED_SEED ? { question: r.seededBy } : {}),
  }));
  return data;
}

/** Evidence edges back into findings (one per study, set and number) and their judged links. */
function readFindings(data: WorkbookData, edges: Array<{ study: string; claim: string; stance: string; p: Props }>) {
  const studies = new Map(data.studies.map((s) => [s.id, s]));
  const questionSets = new Map<string, S.Finding[]>();
  const entries = new Map<string, WorkbookData['evidence'][number]>();
  for (const { study, claim, stance, p } of edges) {
    const n = p.finding as number;
    const set = findingSetOf(text(p.id), study, n, claim);
    const findings = set
      ? (questionSets.get(`${study}|${set}`) ?? questionSets.set(`${study}|${set}`, []).get(`${study}|${set}`)!)
      : studies.get(study)!.findings;
    findings[n] ??= findingOf(p);
    const key = `${study}|${set}|${n}`;
    let entry = entries.get(key);
    if (!entry) {
      entry = { study, finding: n, links: [], ...(set ? { findingSet: 'question' as const, question: set } : {}) };
      entries.set(key, entry);
      data.evidence.push(entry);
    }
    const measured = list(p.measuredMechanisms);
    entry.links.push({ claim, stance: stance as S.EvidenceLink['stance'], why: text(p.why), ...(measured.length ? { measuredMechanisms: measured } : {}) });
  }
  for (const [key, findings] of questionSets) {
    const [studyId, question] = key.split('|') as [string, string];
    data.questionFindings.push({ studyId, question, findings });
  }
}
