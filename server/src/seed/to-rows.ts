import type { Assertion, Evidence, Finding, QuestionSeed, Relation, SeedData, SharedSeed, Study } from './seed-schemas.js';
import { SHARED_SEED } from './seed-root.js';
import type { NodeLabel } from '../domain/kinds.js';
import { CLAIM_LINKS, type ClaimLink } from '../domain/claim-links.js';
import { STANCES, type Stance } from '../domain/stances.js';
import { STUDY_RELATIONS, type StudyRelationType } from '../domain/study-relations.js';

export type Row = Record<string, unknown>;
export type { Stance } from '../domain/stances.js';

/** Empty strings become null so Neo4j stores no property: empty stays empty. */
function orNull<T>(value: T): T | null {
  return value === '' || value === undefined ? null : value;
}

function compact(record: Record<string, unknown>): Row {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, orNull(v)]));
}

/** A review's stated certainty is a phrase or a map of comparison → phrase; a map is kept as JSON text. */
const statedCertainty = (g: NonNullable<Study['riskOfBias']>['gradeCertainty']) => (g && typeof g === 'object' ? JSON.stringify(g) : (g ?? null));

/** Risk of bias flattened into node properties (Neo4j stores no maps); null = not stated. */
function riskOfBiasFields(r: Study['riskOfBias']): Row {
  return {
    randomised: r?.randomised ?? null,
    allocationConcealment: r?.allocationConcealment ?? null,
    participantsBlinded: r?.participantsBlinded ?? null,
    assessorsBlinded: r?.assessorsBlinded ?? null,
    attritionNote: r?.attritionNote ?? null,
    registration: r?.registration ?? null,
    gradeCertainty: statedCertainty(r?.gradeCertainty),
    qualityNote: r?.qualityNote ?? null,
    riskOfBiasNote: r?.note ?? null,
    riskOfBiasSource: r?.source ?? null,
  };
}

/** Node properties of a study: the verified record without its findings (those become edges). */
export function toStudyRow(s: Study): Row {
  const { findings: _f, conditions, techniques, comparators, outcomes, riskOfBias, corrections: _c, statedCertainty, ...fields } = s;
  return compact({
    ...fields,
    // Neo4j stores no list of maps: the rows travel as JSON text, as `gradeCertainty` maps do.
    statedRatings: statedCertainty?.length ? JSON.stringify(statedCertainty) : null,
    authorsText: s.authors.join('; '),
    studiedConditions: conditions,
    studiedTechniques: techniques,
    studiedComparators: comparators,
    studiedOutcomes: outcomes,
    ...riskOfBiasFields(riskOfBias),
  });
}

/** The finding's own fields on every edge it becomes; the effect size flattened, null when not stated. */
function findingFields(f: Finding): Row {
  const es = f.effectSize;
  return {
    quote: f.quote,
    outcome: f.outcome,
    timepoint: f.timepoint,
    effect: f.effect,
    direction: f.direction,
    sourceUrl: f.source,
    sourceKind: f.sourceKind,
    comparator: f.comparator,
    outcomeMeasure: f.outcomeMeasure,
    timepointWeeks: f.timepointWeeks,
    effectMeasure: es?.measure ?? null,
    effectValue: es?.value ?? null,
    effectCiLow: es?.ciLow ?? null,
    effectCiHigh: es?.ciHigh ?? null,
    effectParticipants: es?.participants ?? null,
    effectStudies: es?.studies ?? null,
    effectGrade: es?.grade ?? null,
    effectFollowUp: es?.followUp ?? null,
    effectSecondArm: es?.secondArm ?? null,
    // Neo4j stores no maps: the extracted numbers travel as JSON text, as `statedRatings` do.
    armData: f.armData ? JSON.stringify(f.armData) : null,
  };
}

const withAliasText = <T extends { aliases: string[] }>(r: T): Row => compact({ ...r, aliasesText: r.aliases.join('; ') });

/** Evidence edge id, stable across loads: a record finding `<study>.f<n>.<claim>`, a question's own `<study>.<question>.f<n>.<claim>`. */
export const evidenceId = (study: string, finding: number, claim: string, question?: string) =>
  question ? `${study}.${question}.f${finding}.${claim}` : `${study}.f${finding}.${claim}`;

/** An article may assert one claim in several places: each quote is its own edge, numbered in file order. */
function assertionId(all: Assertion[], index: number): string {
  const a = all[index]!;
  const nth = all.slice(0, index).filter((b) => b.source === a.source && b.claim === a.claim).length;
  return `${a.source}.asserts.${a.claim}${nth ? `.${nth + 1}` : ''}`;
}

/** Node rows of the records every question shares (from shared/ or brought by a question), and their PART_OF links. */
export function entityRows(part: SharedSeed) {
  return {
    nodes: {
      Study: part.studies.map(toStudyRow),
      Technique: part.techniques.map(({ partOf: _p, ...t }) => withAliasText(t)),
      Mechanism: part.mechanisms.map(withAliasText),
      Condition: part.conditions.map(withAliasText),
      Outcome: part.outcomes.map(withAliasText),
    } satisfies Partial<Record<NodeLabel, Row[]>>,
    partOf: part.techniques.filter((t) => t.partOf).map((t) => ({ from: t.id, to: t.partOf })),
  };
}

/** Study-to-study relations per type, each marked with who seeded it (`shared` or a question id). */
export function relationRows(relations: Relation[], seededBy: string): Record<StudyRelationType, Row[]> {
  const of = (seedType: string): Row[] =>
    relations.filter((r) => r.type === seedType).map((r) => ({ from: r.from, to: r.to, source: r.source, note: r.note, seededBy }));
  return Object.fromEntries(STUDY_RELATIONS.map((r) => [r.type, of(r.seedType)])) as Record<StudyRelationType, Row[]>;
}

/** The finding an evidence record points at: the study record's own, or the question's findings.json entry. */
export function findingOf(q: QuestionSeed, studies: ReadonlyMap<string, Study>, e: Evidence): Finding {
  if (e.findingSet === 'question') return q.findings.find((f) => f.studyId === e.study)!.findings[e.finding]!;
  return studies.get(e.study)!.findings[e.finding]!;
}

/** Rows of one question's own records: its node, articles, claims and every edge it seeded (marked `seededBy`). */
export function questionRows(q: QuestionSeed, studies: ReadonlyMap<string, Study>) {
  const by = q.question.id;
  // The stance is the curator's judgement stored on each link; nothing here derives it.
  const evidence = q.evidence.flatMap((e) => {
    const f = findingOf(q, studies, e);
    return e.links.map((link) => ({
      type: link.stance,
      row: <Row & { id: string }>{
        id: evidenceId(e.study, e.finding, link.claim, e.findingSet === 'question' ? by : undefined),
        ...compact({ study: e.study, claim: link.claim, finding: e.finding, why: link.why }),
        ...findingFields(f),
        measuredMechanisms: link.measuredMechanisms ?? [],
        seededBy: by,
      },
    }));
  });
  const evidenceOf = (t: Stance) => evidence.filter((e) => e.type === t).map((e) => e.row);
  return {
    question: compact({ ...q.question }),
    nodes: {
      Source: q.sources.map((s) => compact({ ...s })),
      Claim: q.claims.map((c) => compact(Object.fromEntries(Object.entries(c).filter(([k]) => !CLAIM_LINKS.some((l) => l.seedField === k))))),
    } satisfies Partial<Record<NodeLabel, Row[]>>,
    asks: q.claims.map((c) => ({ question: by, claim: c.id })),
    startsFrom: q.sources.map((s) => ({ question: by, source: s.id })),
    claimLinks: q.claims.map((c) => ({
      id: c.id,
      ...(Object.fromEntries(CLAIM_LINKS.map((l) => [l.seedField, c[l.seedField]])) as Record<ClaimLink['seedField'], string[]>),
    })),
    assertions: q.assertions.map((a, i) => ({ id: assertionId(q.assertions, i), source: a.source, claim: a.claim, quote: a.quote })),
    citations: q.citations.map((c) => ({
      id: `${c.source}.cites.${c.study}`,
      source: c.source,
      study: c.study,
      printed: c.printed,
      hasDiscrepancy: c.discrepancies.length > 0,
      discrepancies: c.discrepancies.map((d) => `${d.field}: printed "${d.printed}", verified "${d.verified}"${d.note ? ` (${d.note})` : ''}`),
    })),
    evidence: Object.fromEntries(STANCES.map((s) => [s, evidenceOf(s)])) as Record<Stance, Array<Row & { id: string }>>,
    contraindications: q.contraindications.map((c) => ({
      id: `${c.technique}.contraindicated.${c.condition}.${c.source}`,
      technique: c.technique,
      condition: c.condition,
      quote: c.quote,
      sourceId: c.source,
      level: c.level,
      seededBy: by,
    })),
    relations: relationRows(q.relations, by),
  };
}

/** Every row of the whole checked seed in one set of batches (shared, then each question), for readers of the whole graph. */
export function toRows(data: SeedData) {
  const studies = new Map(data.studies.map((s) => [s.id, s]));
  const entities = entityRows(data);
  const perQuestion = data.questions.map((q) => questionRows(q, studies));
  const flat = <T>(f: (r: (typeof perQuestion)[number]) => T[]) => perQuestion.flatMap(f);
  const shared = relationRows(data.shared.relations, SHARED_SEED);
  return {
    // `satisfies`: a kind added to the graph model fails to compile here until the seed gives it rows.
    nodes: { ...entities.nodes, Source: flat((r) => r.nodes.Source), Claim: flat((r) => r.nodes.Claim) } satisfies Record<NodeLabel, Row[]>,
    questions: perQuestion.map((r) => r.question),
    asks: flat((r) => r.asks),
    startsFrom: flat((r) => r.startsFrom),
    claimLinks: flat((r) => r.claimLinks),
    partOf: entities.partOf,
    assertions: flat((r) => r.assertions),
    citations: flat((r) => r.citations),
    evidence: Object.fromEntries(STANCES.map((s) => [s, flat((r) => r.evidence[s])])) as Record<Stance, Array<Row & { id: string }>>,
    relations: Object.fromEntries(STUDY_RELATIONS.map((t) => [t.type, [...shared[t.type], ...flat((r) => r.relations[t.type])]])) as Record<
      StudyRelationType,
      Row[]
    >,
    contraindications: flat((r) => r.contraindications),
  };
}
