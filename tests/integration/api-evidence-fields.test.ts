import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { createSeededApp, dataOf, gql } from './api-client.js';

let db: Db;
let app: App;

beforeAll(async () => ({ db, app } = await createSeededApp()));
afterAll(() => db.close());

const data = async (query: string, variables?: Record<string, unknown>) => dataOf(await gql(app, query, variables));

const EDGE_FIELDS = `id stance why comparator outcomeMeasure timepointWeeks sourceKind
  effectSize { measure value ciLow ciHigh participants studies grade followUp secondArm } measuredMechanisms { id }`;

describe('the finding on the edge', () => {
  test('an edge gives its reason, comparator, instrument, weeks, source kind and stated effect size with its interval', async () => {
    const { study } = await data(`{ study(id: "little2008ateam") { evidence { claim { id } ${EDGE_FIELDS} } } }`);
    const edge = study.evidence.find((e: any) => e.claim.id === 'massage-reduces-pain-chronic-lbp-long-term');
    expect(edge).toMatchObject({
      stance: 'CONTRADICTS',
      why: expect.stringMatching(/one year/),
      comparator: 'usual care (normal care)',
      outcomeMeasure: 'Roland Morris disability score',
      timepointWeeks: 52,
      sourceKind: 'SECONDARY',
      effectSize: { measure: 'MD, Roland disability points vs normal care at one year', value: -0.58, ciLow: -1.94, ciHigh: 0.77, participants: null, studies: 1, grade: null },
    });
  });

  test('a pooled estimate carries participants, studies and the grade the review states; an edge without one has no effect size', async () => {
    const { claim } = await data(`{ claim(id: "massage-reduces-pain-chronic-lbp-short-term") { evidence { study { id } ${EDGE_FIELDS} } } }`);
    const pooled = claim.evidence.find((e: any) => e.id === 'furlan2015cochrane.f6.massage-reduces-pain-chronic-lbp-short-term');
    expect(pooled.effectSize).toMatchObject({ measure: 'SMD', value: -0.37, ciLow: -0.62, ciHigh: -0.13, participants: 964, studies: 12, grade: 'very low' });
    expect(pooled.sourceKind).toBe('PRIMARY');
    const plain = claim.evidence.find((e: any) => e.id === 'field2007.f0.massage-reduces-pain-chronic-lbp-short-term');
    expect(plain.effectSize).toBeNull();
    expect(plain.timepointWeeks).toBe(5);
  });

  test('only a finding that measured a mechanism names it', async () => {
    const { study } = await data(`{ study(id: "hernandezreif2001") { evidence { claim { id } measuredMechanisms { id name } } } }`);
    const serotonin = study.evidence.find((e: any) => e.claim.id === 'massage-raises-serotonin-dopamine');
    expect(serotonin.measuredMechanisms.map((m: any) => m.id).sort()).toEqual(['dopamine-increase', 'serotonin-increase']);
    const sleep = study.evidence.find((e: any) => e.claim.id === 'massage-improves-sleep');
    expect(sleep.measuredMechanisms).toEqual([]);
  });
});

describe('study records from reference v2', () => {
  const STUDY = `journalFull riskOfBias { randomised allocationConcealment participantsBlinded assessorsBlinded attritionNote registration gradeCertainty qualityNote note source }`;

  test('a trial states its randomisation, concealment, blinding and registration', async () => {
    const { study } = await data(`{ study(id: "cherkin2011") { ${STUDY} } }`);
    expect(study.journalFull).toBe('Annals of Internal Medicine');
    expect(study.riskOfBias).toMatchObject({
      randomised: true, allocationConcealment: 'adequate', participantsBlinded: false, assessorsBlinded: true,
      registration: 'ClinicalTrials.gov NCT00371384', gradeCertainty: null, source: expect.stringMatching(/^https:/),
    });
  });

  test('a review states the certainty of its evidence in its own words; a record with nothing retrieved has none', async () => {
    const r = await data(`{ cochrane: study(id: "furlan2015cochrane") { ${STUDY} } kamali: study(id: "kamali2014") { ${STUDY} } nice: study(id: "nice2016ng59") { ${STUDY} } }`);
    expect(JSON.parse(r.cochrane.riskOfBias.gradeCertainty)).toMatchObject({ 'overall (as stated in abstract)': 'low to very low' });
    expect(r.cochrane.riskOfBias.randomised).toBeNull();
    expect(r.cochrane.riskOfBias.qualityNote).toMatch(/performance and measurement bias/);
    expect(r.kamali.riskOfBias).toBeNull();
    expect(r.nice.journalFull).toBeNull();
  });
});

describe('one body of evidence: relations between studies', () => {
  const RELATED = `updates { id } updatedBy { id } republishes { id } republishedBy { id } includes { id } includedIn { id }`;
  const ids = (list: Array<{ id: string }>) => list.map((s) => s.id).sort();

  test('the Cochrane review is updated, republished by Farber 2016, and includes trials; each side sees the other', async () => {
    const r = await data(`{
      c15: study(id: "furlan2015cochrane") { ${RELATED} }
      c08: study(id: "furlan2008cochrane") { ${RELATED} }
      farber: study(id: "farber2016") { ${RELATED} }
      cherkin: study(id: "cherkin2011") { ${RELATED} } }`);
    expect(ids(r.c15.updates)).toEqual(['furlan2008cochrane']);
    expect(ids(r.c08.updatedBy)).toEqual(['furlan2015cochrane']);
    expect(ids(r.c15.republishedBy)).toEqual(['farber2016']);
    expect(ids(r.farber.republishes)).toEqual(['furlan2015cochrane']);
    expect(ids(r.c15.includes)).toEqual(['chatchawan2005', 'cherkin2001', 'cherkin2011']);
    expect(ids(r.cherkin.includedIn)).toEqual(['furlan2015cochrane']);
    expect(r.farber.includes).toEqual([]);
  });

  test('relations are drawn as graph edges with the page that states them', async () => {
    const { neighbourhood } = await data(`{ neighbourhood(ids: ["farber2016"], depth: 1) { edges { data { source target kind sourceUrl note } } } }`);
    const edge = neighbourhood.edges.find((e: any) => e.data.kind === 'REPUBLISHES');
    expect(edge.data).toMatchObject({ source: 'farber2016', target: 'furlan2015cochrane', sourceUrl: expect.stringMatching(/^https:/), note: expect.stringMatching(/abstract/) });
  });
});

describe('tested technique vs comparator', () => {
  test('a claim lists its comparators apart from the technique under test, and the graph draws COMPARED_WITH', async () => {
    const { claim } = await data(`{ claim(id: "massage-as-good-as-exercise-or-alexander-long-term") { techniques { id } comparedWith { id } } }`);
    expect(claim.techniques.map((t: any) => t.id)).toEqual(['massage']);
    expect(claim.comparedWith.map((t: any) => t.id).sort()).toEqual(['alexander-technique', 'exercise-therapy']);
    const { neighbourhood } = await data(`{ neighbourhood(ids: ["massage-better-than-placebo"], depth: 1) { edges { data { source target kind } } } }`);
    const compared = neighbourhood.edges.filter((e: any) => e.data.kind === 'COMPARED_WITH').map((e: any) => e.data.target).sort();
    expect(compared).toEqual(['no-treatment', 'placebo-sham', 'sham-laser']);
    const { technique } = await data(`{ technique(id: "alexander-technique") { claims { id } comparedIn { id } } }`);
    expect(technique).toEqual({ claims: [], comparedIn: [{ id: 'massage-as-good-as-exercise-or-alexander-long-term' }] });
  });

  test('the evidence map has no comparator row: usual care, sham and no treatment never show a balance', async () => {
    const { evidenceMap } = await data(`{ evidenceMap(rows: TECHNIQUE, columns: CONDITION) { rows { id } cells { row column balance supporting } } }`);
    const rows = evidenceMap.rows.map((r: any) => r.id);
    for (const comparator of ['usual-care', 'placebo-sham', 'sham-laser', 'no-treatment', 'alexander-technique', 'self-care-education', 'lumbar-traction', 'relaxation-therapy']) {
      expect(rows, comparator).not.toContain(comparator);
    }
    const [{ n }] = (await db.read<{ n: number }>('T_COMPARATOR_ROWS', 'MATCH (t:Technique {category: "comparator"})<-[:ABOUT]-(:Claim) RETURN count(t) AS n')) as [{ n: number }];
    expect(n).toBeGreaterThan(0); // physical therapy, medication and acupuncture are under test in some claims …
    const exercise = evidenceMap.cells.filter((c: any) => c.row === 'exercise-therapy');
    // … but exercise is never contradicted by ATEAM, where it was the comparator that stayed effective.
    expect(exercise.every((c: any) => c.balance >= 0)).toBe(true);
  });

  test('a mechanism row counts only findings that measured the mechanism, never outcome evidence reached through VIA', async () => {
    const { evidenceMap } = await data(`{ evidenceMap(rows: MECHANISM, columns: CONDITION) { cells { row column studies balance supporting contradicting qualifying } } }`);
    const measured = await db.read<{ mechanism: string; n: number }>(
      'T_MEASURED',
      'MATCH (m:Mechanism)<-[:VIA]-(c:Claim)<-[e:SUPPORTS|CONTRADICTS|QUALIFIES]-(:Study) WHERE m.id IN e.measuredMechanisms RETURN m.id AS mechanism, count(e) AS n',
    );
    const measuredIds = new Set(measured.map((m) => m.mechanism));
    for (const cell of evidenceMap.cells) {
      if (!measuredIds.has(cell.row)) expect({ row: cell.row, studies: cell.studies, balance: cell.balance }).toEqual({ row: cell.row, studies: 0, balance: 0 });
    }
    const circulation = evidenceMap.cells.filter((c: any) => c.row === 'increased-blood-circulation');
    expect(circulation.length).toBeGreaterThan(0);
    expect(circulation.every((c: any) => c.supporting + c.contradicting + c.qualifying === 0)).toBe(true);
    const serotonin = evidenceMap.cells.find((c: any) => c.row === 'serotonin-increase' && c.column === 'chronic-low-back-pain');
    expect(serotonin).toMatchObject({ studies: 1, supporting: 1, contradicting: 0 });
  });
});
