import type { Finding, SeedData, Study } from './seed-schemas.js';
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

/** Evidence edge id: study, finding index and claim, stable across loads. */
export const evidenceId = (study: string, finding: number, claim: string) => `${study}.f${finding}.${claim}`;

/** An article may assert one claim in several places: each quote is its own edge, numbered in file order. */
function assertionId(all: SeedData['assertions'], index: number): string {
  const a = all[index]!;
  const nth = all.slice(0, index).filter((b) => b.source === a.source && b.claim === a.claim).length;
  return `${a.source}.asserts.${a.claim}${nth ? `.${nth + 1}` : ''}`;
}

/** Turns checked seed data into the row batches the loader sends with UNWIND. */
export function toRows(data: SeedData) {
  const studies = new Map(data.studies.map((s) => [s.id, s]));
  // The stance is the curator's judgement stored on each link; nothing here derives it.
  const evidence = data.evidence.flatMap((e) => {
    const f = studies.get(e.study)!.findings[e.finding]!;
    return e.links.map((link) => ({
      type: link.stance,
      row: <Row & { id: string }>{
        id: evidenceId(e.study, e.finding, link.claim),
        ...compact({ study: e.study, claim: link.claim, finding: e.finding, why: link.why }),
        ...findingFields(f),
        measuredMechanisms: link.measuredMechanisms ?? [],
      },
    }));
  });
  const evidenceOf = (t: Stance) => evidence.filter((e) => e.type === t).map((e) => e.row);
  const relationsOf = (seedType: string): Row[] =>
    data.relations.filter((r) => r.type === seedType).map((r) => ({ from: r.from, to: r.to, source: r.source, note: r.note }));
  return {
    // `satisfies`: a kind added to the graph model fails to compile here until the seed gives it rows.
    nodes: {
      Study: data.studies.map(toStudyRow),
      Source: data.sources.map((s) => compact({ ...s })),
      Technique: data.techniques.map(({ partOf: _p, ...t }) => withAliasText(t)),
      Mechanism: data.mechanisms.map(withAliasText),
      Condition: data.conditions.map(withAliasText),
      Outcome: data.outcomes.map(withAliasText),
      Claim: data.claims.map((c) => compact(Object.fromEntries(Object.entries(c).filter(([k]) => !CLAIM_LINKS.some((l) => l.seedField === k))))),
    } satisfies Record<NodeLabel, Row[]>,
    claimLinks: data.claims.map((c) => ({ id: c.id, ...(Object.fromEntries(CLAIM_LINKS.map((l) => [l.seedField, c[l.seedField]])) as Record<ClaimLink['seedField'], string[]>) })),
    partOf: data.techniques.filter((t) => t.partOf).map((t) => ({ from: t.id, to: t.partOf })),
    assertions: data.assertions.map((a, i) => ({ id: assertionId(data.assertions, i), source: a.source, claim: a.claim, quote: a.quote })),
    citations: data.citations.map((c) => ({
      id: `${c.source}.cites.${c.study}`,
      source: c.source,
      study: c.study,
      printed: c.printed,
      hasDiscrepancy: c.discrepancies.length > 0,
      discrepancies: c.discrepancies.map((d) => `${d.field}: printed "${d.printed}", verified "${d.verified}"${d.note ? ` (${d.note})` : ''}`),
    })),
    evidence: Object.fromEntries(STANCES.map((s) => [s, evidenceOf(s)])) as Record<Stance, Array<Row & { id: string }>>,
    relations: Object.fromEntries(STUDY_RELATIONS.map((r) => [r.type, relationsOf(r.seedType)])) as Record<StudyRelationType, Row[]>,
    contraindications: data.contraindications.map((c) => ({
      id: `${c.technique}.contraindicated.${c.condition}.${c.source}`,
      technique: c.technique,
      condition: c.condition,
      quote: c.quote,
      sourceId: c.source,
      level: c.level,
    })),
  };
}
