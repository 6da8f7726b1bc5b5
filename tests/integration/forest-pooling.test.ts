import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { effectOfFinding, type FindingArmData } from '../../server/src/meta-analysis/finding-effect.js';
import { pool } from '../../server/src/meta-analysis/pooling.js';
import { codes, createSeededApp, dataOf, gql, TEST_TOKEN } from './api-client.js';

let db: Db;
let app: App;
const auth = { authorization: `Bearer ${TEST_TOKEN}` };
const write = (query: string, variables?: Record<string, unknown>) => gql(app, query, variables, auth);

beforeAll(async () => ({ db, app } = await createSeededApp()));
afterAll(() => db.close());

const CLAIM = 'forest-test-claim';
// Three small trials with pain means, SDs and sizes per arm (lower is better), one with only a reported SMD.
const TRIALS: Array<{ id: string; n: number; arm: FindingArmData; input: Record<string, unknown> }> = [
  { id: 'forest-trial-a', n: 60, arm: { kind: 'continuous', treatment: { mean: 3.1, sd: 1.9, n: 30 }, control: { mean: 4.0, sd: 2.1, n: 30 }, lowerIsBetter: true }, input: { kind: 'CONTINUOUS', treatment: { mean: 3.1, sd: 1.9, n: 30 }, control: { mean: 4.0, sd: 2.1, n: 30 }, lowerIsBetter: true } },
  { id: 'forest-trial-b', n: 90, arm: { kind: 'continuous', treatment: { mean: 4.2, sd: 2.4, n: 45 }, control: { mean: 4.5, sd: 2.2, n: 45 }, lowerIsBetter: true }, input: { kind: 'CONTINUOUS', treatment: { mean: 4.2, sd: 2.4, n: 45 }, control: { mean: 4.5, sd: 2.2, n: 45 }, lowerIsBetter: true } },
  { id: 'forest-trial-c', n: 40, arm: { kind: 'continuous', treatment: { mean: 2.5, sd: 1.5, n: 20 }, control: { mean: 4.1, sd: 1.8, n: 20 }, lowerIsBetter: true }, input: { kind: 'CONTINUOUS', treatment: { mean: 2.5, sd: 1.5, n: 20 }, control: { mean: 4.1, sd: 1.8, n: 20 }, lowerIsBetter: true } },
  { id: 'forest-trial-d', n: 120, arm: { kind: 'reported', measure: 'SMD', estimate: -0.35, lower: -0.71, upper: 0.01 }, input: { kind: 'REPORTED', measure: 'SMD', estimate: -0.35, lower: -0.71, upper: 0.01 } },
];

const CREATE_STUDY = `mutation($input: StudyInput!) { createStudy(input: $input) { id } }`;
const CREATE_EVIDENCE = `mutation($input: EvidenceInput!) { createEvidence(input: $input) { id armData { kind treatment { mean sd n } lowerIsBetter } effectEstimate { measure value ciLow ciHigh variance computedFrom continuityCorrection } } }`;
const FOREST = `query($id: ID!) { claim(id: $id) { summary {
  certaintyAssessment { domains { domain levels reason } }
  forest { measure comparison timeBand outcome noEffect rows { study estimate ciLow ciHigh variance weight pooled computedFrom participants }
    pooled { method k estimate ciLow ciHigh tau2 i2 q qDf qPValue pValue predictionLow predictionHigh participants } } }
  summaryOfFindings { rows { pooled } } } }`;

describe('arm-level data through the API, pooled back through GraphQL', () => {
  test('createEvidence stores arm data; the edge computes its effect; the summary pools the group as pool() does', async () => {
    dataOf(await write(`mutation($input: ClaimInput!) { createClaim(input: $input) { id } }`, { input: { id: CLAIM, statement: 'Massage lowers pain against usual care (forest test).', direction: 'IMPROVES', techniqueIds: ['swedish-massage'] } }));
    const edges: Array<{ id: string; effectEstimate: { value: number; variance: number; computedFrom: string } }> = [];
    for (const [i, t] of TRIALS.entries()) {
      dataOf(await write(CREATE_STUDY, { input: { id: t.id, title: `Forest trial ${i + 1}`, authors: [`Trialist${'ABCD'[i]} X`], year: 2020 + i, design: 'RCT', sampleSize: t.n } }));
      const input = { studyId: t.id, claimId: CLAIM, stance: 'SUPPORTS', quote: `Pain was lower with massage (trial ${i + 1}).`, sourceUrl: 'https://example.org/forest', outcome: 'pain intensity', comparator: 'usual care', timepointWeeks: 8, armData: t.input };
      edges.push(dataOf(await write(CREATE_EVIDENCE, { input })).createEvidence);
    }
    const expected = TRIALS.map((t) => effectOfFinding(t.arm));
    expect(edges.map((e) => e.effectEstimate.value)).toEqual(expected.map((e) => e.estimate));
    expect(edges.map((e) => e.effectEstimate.computedFrom)).toEqual(['ARM_DATA', 'ARM_DATA', 'ARM_DATA', 'REPORTED_INTERVAL']);
    expect(edges[0]).toMatchObject({ armData: { kind: 'CONTINUOUS', treatment: { mean: 3.1, sd: 1.9, n: 30 }, lowerIsBetter: true } });
    const [stored] = await db.read<{ a: string }>('A', 'MATCH ()-[e]->(:Claim {id: $id}) WHERE e.id = $edge RETURN e.armData AS a', { id: CLAIM, edge: edges[0]!.id });
    expect(JSON.parse(stored!.a)).toMatchObject({ kind: 'continuous', lowerIsBetter: true });

    const claim = dataOf(await gql(app, FOREST, { id: CLAIM })).claim;
    expect(claim.summary.forest).toHaveLength(1);
    const [group] = claim.summary.forest;
    const direct = pool(expected);
    expect(group).toMatchObject({ measure: 'SMD', comparison: 'usual care', timeBand: 'short-term', noEffect: 0 });
    expect(group.pooled.method).toBe('REML');
    expect(group.pooled.k).toBe(4);
    for (const [field, value] of [['estimate', direct.estimate], ['ciLow', direct.lower], ['ciHigh', direct.upper], ['tau2', direct.tau2], ['i2', direct.i2], ['q', direct.q], ['qPValue', direct.qPValue], ['pValue', direct.pValue], ['predictionLow', direct.predictionLower!], ['predictionHigh', direct.predictionUpper!]] as const) {
      expect(group.pooled[field], field).toBeCloseTo(value, 10);
    }
    expect(group.pooled.participants).toBe(60 + 90 + 40 + 120);
    expect(group.rows.reduce((s: number, r: { weight: number }) => s + r.weight, 0)).toBeCloseTo(100, 8);
    expect(claim.summaryOfFindings.rows.flatMap((r: { pooled: string[] }) => r.pooled)).toEqual([expect.stringMatching(/^REML pooled SMD −0\.\d\d \(95% CI .*4 studies, 310 participants; SMD, pain, vs usual care, short-term$/)]);
    const inconsistency = claim.summary.certaintyAssessment.domains.find((d: { domain: string }) => d.domain === 'INCONSISTENCY');
    expect(inconsistency.reason).toMatch(/^I² = \d+% across 4 pooled studies/);
    const imprecision = claim.summary.certaintyAssessment.domains.find((d: { domain: string }) => d.domain === 'IMPRECISION');
    expect(imprecision).toMatchObject({ levels: 1, reason: expect.stringMatching(/310 participants in that comparison, fewer than 400/) });
  });

  test('updateEvidence replaces and removes arm data; impossible numbers are refused with BAD_USER_INPUT', async () => {
    const [row] = await db.read<{ id: string }>('E', 'MATCH (:Study {id: "forest-trial-a"})-[e]->(:Claim {id: $id}) RETURN e.id AS id', { id: CLAIM });
    const UPDATE = `mutation($id: ID!, $input: EvidencePatch!) { updateEvidence(id: $id, input: $input) { armData { kind } effectEstimate { measure value continuityCorrection } } }`;
    const binary = dataOf(await write(UPDATE, { id: row!.id, input: { armData: { kind: 'BINARY', measure: 'OR', treatment: { events: 0, total: 30 }, control: { events: 5, total: 30 } } } })).updateEvidence;
    expect(binary.effectEstimate).toMatchObject({ measure: 'OR', continuityCorrection: 0.5 });
    expect(binary.effectEstimate.value).toBeCloseTo((0.5 * 25.5) / (30.5 * 5.5), 12);
    const bad = await write(UPDATE, { id: row!.id, input: { armData: { kind: 'BINARY', treatment: { events: 31, total: 30 }, control: { events: 5, total: 30 } } } });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.message).toMatch(/armData\.treatment/);
    const removed = dataOf(await write(UPDATE, { id: row!.id, input: { armData: null } })).updateEvidence;
    expect(removed).toEqual({ armData: null, effectEstimate: null });
    const claim = dataOf(await gql(app, FOREST, { id: CLAIM })).claim;
    expect(claim.summary.forest[0].pooled.k).toBe(3);
  });
});
