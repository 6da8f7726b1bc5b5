import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { SHORT_TERM_MAX_WEEKS, timepointPhases } from '../../server/src/evidence/moderator-categories.js';
import { sameComparison, sameTimeBand } from '../../server/src/evidence/comparisons.js';
import { codes, createTestApp, dataOf, gql } from './api-client.js';
import { createTestDb } from '../support/test-db.js';
import { FIXTURE_CONTESTED, resetAndSeedWithFixture } from '../support/fixture-topic.js';

let db: Db;
let app: App;

// The seed and the made-up fixture topic (tests/fixtures/fixture-topic): the rule is not only tested on massage.
beforeAll(async () => {
  db = createTestDb();
  await resetAndSeedWithFixture(db);
  app = createTestApp(db);
});
afterAll(() => db.close());

const data = async (query: string, variables?: Record<string, unknown>) => dataOf(await gql(app, query, variables));

const SUMMARY = `query($id: ID!, $s: SensitivityInput) { claim(id: $id) {
  evidence { id stance comparator timepoint timepointWeeks study { id } }
  summary(sensitivity: $s) {
    supporting contradicting qualifying findings studies studiesSupporting studiesContradicting certainty noEvidence reason contested balance
    certaintyAssessment { rule level start domains { domain levels assessed reason studies } }
    reviewCertainty { study comparison certainty }
    excluded { edgeId studyId study stance code reason carriedBy }
    robustness { verdict direction pivotal text }
    moderators { factor supporting contradicting separates text } } } }`;

const summaryOf = async (id: string, s?: Record<string, boolean>) => (await data(SUMMARY, { id, s })).claim;

/** Claims on which every one of `studies` has a finding. */
async function claimsWithAll(studies: string[]): Promise<string[]> {
  const rows = await db.read<{ id: string }>(
    'TEST_CLAIMS_WITH_ALL',
    `MATCH (c:Claim) WHERE all(s IN $studies WHERE EXISTS { (:Study {id: s})-[:SUPPORTS|CONTRADICTS|QUALIFIES]->(c) }) RETURN c.id AS id ORDER BY id`,
    { studies },
  );
  return rows.map((r) => r.id);
}

/** Distinct studies and findings the summary must count: all on the claim, less the excluded ones. */
function expectCountsAddUp(claim: any) {
  const excludedEdges = new Set(claim.summary.excluded.map((e: any) => e.edgeId));
  const counted = claim.evidence.filter((e: any) => !excludedEdges.has(e.id));
  expect(claim.summary.findings).toBe(counted.length);
  expect(claim.summary.studies).toBe(new Set(counted.map((e: any) => e.study.id)).size);
  expect(claim.summary.supporting).toBe(counted.filter((e: any) => e.stance === 'SUPPORTS').length);
}

describe('one body of evidence counted once (loaded relations)', () => {
  test('the seed loads the relations between publications', async () => {
    const rows = await db.read<{ t: string; n: number }>('TEST_RELATIONS', 'MATCH (:Study)-[r:UPDATES|REPUBLISHES|INCLUDES]->(:Study) RETURN type(r) AS t, count(*) AS n ORDER BY t');
    expect(rows.map((r) => r.t)).toEqual(['INCLUDES', 'REPUBLISHES', 'UPDATES']);
  });

  test('Farber 2016 adds no weight beside the Cochrane 2015 review it republishes', async () => {
    const ids = await claimsWithAll(['farber2016', 'furlan2015cochrane']);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const claim = await summaryOf(id);
      const farber = claim.evidence.filter((e: any) => e.study.id === 'farber2016');
      const excluded = claim.summary.excluded.filter((e: any) => e.studyId === 'farber2016');
      expect(excluded.map((e: any) => e.edgeId).sort()).toEqual(farber.map((e: any) => e.id).sort());
      expect(excluded.every((e: any) => e.code === 'REPUBLICATION' && e.carriedBy === 'furlan2015cochrane')).toBe(true);
      expectCountsAddUp(claim);
    }
  });

  test('a superseded Cochrane version adds nothing beside its 2015 update', async () => {
    const ids = await claimsWithAll(['furlan2008cochrane', 'furlan2015cochrane']);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const claim = await summaryOf(id);
      const old = claim.summary.excluded.filter((e: any) => e.studyId === 'furlan2008cochrane');
      expect(old.length).toBe(claim.evidence.filter((e: any) => e.study.id === 'furlan2008cochrane').length);
      expect(old.every((e: any) => e.code === 'SUPERSEDED' && e.carriedBy === 'furlan2015cochrane')).toBe(true);
      expectCountsAddUp(claim);
    }
  });

  test('a trial the review on the same claim includes is counted inside it when the review covers the same comparison and time, else on its own', async () => {
    const included = await db.read<{ review: string; trial: string; claim: string }>(
      'TEST_INCLUDED_ON_CLAIM',
      `MATCH (r:Study)-[:INCLUDES]->(t:Study), (r)-[:SUPPORTS|CONTRADICTS|QUALIFIES]->(c:Claim)<-[:SUPPORTS|CONTRADICTS|QUALIFIES]-(t)
       RETURN DISTINCT r.id AS review, t.id AS trial, c.id AS claim ORDER BY claim, trial`,
    );
    expect(included.length).toBeGreaterThan(0);
    let carried = 0;
    for (const { review, trial, claim: id } of included) {
      const claim = await summaryOf(id);
      const edgesOf = (study: string) => claim.evidence.filter((e: any) => e.study.id === study);
      // A superseded or republished review's trials are carried by the version that is counted, whose findings must cover them.
      const counted = claim.summary.excluded.find((e: any) => e.studyId === review && (e.code === 'SUPERSEDED' || e.code === 'REPUBLICATION'))?.carriedBy ?? review;
      const covers = edgesOf(trial).some((t: any) => edgesOf(counted).some((r: any) => sameComparison(r, t) && sameTimeBand(r, t)));
      const inside = claim.summary.excluded.some((e: any) => e.studyId === trial && e.code === 'INCLUDED_IN_REVIEW');
      expect([id, trial, inside]).toEqual([id, trial, covers]);
      if (inside) carried += 1;
      expectCountsAddUp(claim);
    }
    expect(carried).toBeGreaterThan(0);
  });
});

describe('certainty', () => {
  test('a claim no study examined: no study in this graph — asserted by N articles, no certainty level', async () => {
    const { claims } = await data(`{ claims(filter: {assertedNotStudied: true}, first: 1) { nodes { id assertedBy { id } } } }`);
    const claim = await summaryOf(claims.nodes[0].id);
    expect(claim.summary).toMatchObject({ certainty: null, noEvidence: true, reason: `no study in this graph — asserted by ${claims.nodes[0].assertedBy.length} article${claims.nodes[0].assertedBy.length === 1 ? '' : 's'}` });
    expect(claim.summary.certaintyAssessment).toMatchObject({ rule: 'evigraph-grade-v2', level: null, domains: [] });
  });

  test('every studied claim gets a level, all five domains, and downgrades that name studies on the claim', async () => {
    const claim = await summaryOf('massage-reduces-pain-chronic-lbp-short-term');
    const a = claim.summary.certaintyAssessment;
    expect(a.domains.map((d: any) => d.domain)).toEqual(['RISK_OF_BIAS', 'INCONSISTENCY', 'INDIRECTNESS', 'IMPRECISION', 'PUBLICATION_BIAS']);
    expect(a.level).toBe(claim.summary.certainty);
    expect(a.start).toBe('HIGH');
    for (const d of a.domains.filter((x: any) => x.levels > 0)) expect(d.studies.length).toBeGreaterThan(0);
  });

  test("the Cochrane 2015 review's own certainty is shown beside ours", async () => {
    const [id] = await claimsWithAll(['furlan2015cochrane']);
    const claim = await summaryOf(id!);
    expect(claim.summary.reviewCertainty).toContainEqual(expect.objectContaining({ study: 'Furlan 2015', certainty: expect.stringMatching(/very low/) }));
  });

  test('contested only with two different studies pointing different ways', async () => {
    const { claims } = await data(`{ claims(first: 100) { nodes { id summary { contested } evidence { stance study { id } } } } }`);
    const contested = claims.nodes.filter((c: any) => c.summary.contested);
    // The seed and the fixture topic both hold contested claims: with none, this test would check nothing.
    expect(contested.length).toBeGreaterThan(0);
    expect(contested.map((c: any) => c.id)).toContain(FIXTURE_CONTESTED);
    for (const c of contested) {
      const pro = new Set(c.evidence.filter((e: any) => e.stance === 'SUPPORTS').map((e: any) => e.study.id));
      const con = new Set(c.evidence.filter((e: any) => e.stance === 'CONTRADICTS').map((e: any) => e.study.id));
      expect([...pro].some((p) => [...con].some((q) => q !== p))).toBe(true);
    }
  });
});

describe('the rule on the fixture topic (made-up studies, not massage)', () => {
  test('one supporting and one contradicting RCT make the fixture claim contested; the cohort qualifies it', async () => {
    const claim = await summaryOf(FIXTURE_CONTESTED);
    expect(claim.summary).toMatchObject({ supporting: 1, contradicting: 1, qualifying: 1, findings: 3, studies: 3, contested: true, noEvidence: false });
    expect(claim.summary.moderators.length).toBeGreaterThan(0);
    expectCountsAddUp(claim);
  });

  test('a claim with one supporting finding is not contested', async () => {
    const claim = await summaryOf('fixture-immersion-speeds-recovery');
    expect(claim.summary).toMatchObject({ supporting: 1, contradicting: 0, findings: 1, studies: 1, contested: false });
    expect(claim.summary.moderators).toEqual([]);
  });
});

describe('sensitivity and leave-one-out', () => {
  const CLAIM = 'massage-reduces-pain-chronic-lbp-short-term';

  test('leaving out small studies drops exactly the primary studies with n < 100, and says so', async () => {
    const all = await summaryOf(CLAIM);
    const without = await summaryOf(CLAIM, { excludeSmall: true });
    const small = await db.read<{ id: string }>(
      'TEST_SMALL_ON_CLAIM',
      `MATCH (s:Study)-[:SUPPORTS|CONTRADICTS|QUALIFIES]->(:Claim {id: $id}) WHERE s.sampleSize < 100 AND NOT s.design IN ['systematic_review', 'guideline'] RETURN DISTINCT s.id AS id ORDER BY id`,
      { id: CLAIM },
    );
    expect(small.length).toBeGreaterThan(0);
    const dropped = [...new Set(without.summary.excluded.filter((e: any) => e.code === 'SMALL_STUDY').map((e: any) => e.studyId))].sort();
    expect(dropped).toEqual(small.map((r) => r.id));
    expect(without.summary.findings).toBeLessThan(all.summary.findings);
  });

  test.each([
    ['excludeUncontrolled', 'UNCONTROLLED'],
    ['excludeHighRiskOfBias', 'HIGH_RISK_OF_BIAS'],
    ['excludeSecondarySources', 'SECONDARY_SOURCE'],
    ['excludeSuperseded', 'SUPERSEDED_PUBLICATION'],
  ])('%s leaves findings out with code %s on some claim, and the counts follow', async (option, code) => {
    const { claims } = await data(`query($s: SensitivityInput) { claims(first: 100) { nodes { id summary(sensitivity: $s) { excluded { code } } } } }`, { s: { [option]: true } });
    const hit = claims.nodes.find((c: any) => c.summary.excluded.some((e: any) => e.code === code));
    expect(hit).toBeDefined();
    expectCountsAddUp(await summaryOf(hit.id, { [option]: true }));
  });

  test('the secondary-source option leaves out exactly the findings quoted from secondary sources', async () => {
    const claim = await summaryOf(CLAIM, { excludeSecondarySources: true });
    const secondary = await db.read<{ id: string }>('TEST_SECONDARY', `MATCH (:Study)-[e:SUPPORTS|CONTRADICTS|QUALIFIES]->(:Claim {id: $id}) WHERE e.sourceKind = 'secondary' RETURN e.id AS id ORDER BY id`, { id: CLAIM });
    expect(claim.summary.excluded.filter((e: any) => e.code === 'SECONDARY_SOURCE').map((e: any) => e.edgeId).sort()).toEqual(secondary.map((r) => r.id));
  });

  test('leave-one-out: one study is "rests on one study"; the verdict names what it rests on', async () => {
    const [one] = await db.read<{ id: string }>(
      'TEST_ONE_STUDY_CLAIM',
      `MATCH (c:Claim)<-[:SUPPORTS|CONTRADICTS|QUALIFIES]-(s:Study) WITH c, count(DISTINCT s) AS n WHERE n = 1 RETURN c.id AS id ORDER BY id LIMIT 1`,
    );
    const claim = await summaryOf(one!.id);
    expect(claim.summary.robustness).toMatchObject({ verdict: 'RESTS_ON_ONE_STUDY', pivotal: [expect.any(String)] });
    const many = await summaryOf(CLAIM);
    expect(['ROBUST', 'RESTS_ON_ONE_STUDY']).toContain(many.summary.robustness.verdict);
    expect(many.summary.robustness.verdict === 'ROBUST').toBe(many.summary.robustness.pivotal.length === 0);
  });
});

describe('why studies disagree', () => {
  test('a contested claim lists all seven moderators, separating ones first, with values taken from its counted findings', async () => {
    const { claims } = await data(`{ claims(filter: {contested: true}, first: 100) { nodes { id summary { contested } } } }`);
    const contested = claims.nodes.filter((c: any) => c.summary.contested);
    expect(contested.length).toBeGreaterThan(0);
    for (const { id } of contested) {
      const claim = await summaryOf(id);
      const ms = claim.summary.moderators;
      expect(ms.map((m: any) => m.factor).sort()).toEqual(['COMPARATOR', 'DESIGN', 'OUTCOME', 'POPULATION', 'RISK_OF_BIAS', 'SIZE', 'TIMEPOINT']);
      const firstNonSeparating = ms.findIndex((m: any) => !m.separates);
      expect(ms.slice(firstNonSeparating === -1 ? ms.length : firstNonSeparating).every((m: any) => !m.separates)).toBe(true);
      const excluded = new Set(claim.summary.excluded.map((e: any) => e.edgeId));
      const edges = await db.read<{ stance: string; w: number | null; text: string | null }>(
        'TEST_WEEKS',
        `MATCH (:Study)-[e:SUPPORTS|CONTRADICTS]->(:Claim {id: $id}) WHERE NOT e.id IN $excluded RETURN type(e) AS stance, e.timepointWeeks AS w, e.timepoint AS text`,
        { id, excluded: [...excluded] },
      );
      const tp = ms.find((m: any) => m.factor === 'TIMEPOINT');
      // Weeks while every finding stating a time states weeks; once one says only "short-term"/"long-term" (a review), phases.
      const byPhase = edges.some((r) => r.w == null && timepointPhases(r.text).length > 0);
      const valuesOf = (r: { w: number | null; text: string | null }) =>
        byPhase ? timepointPhases(r.text, r.w).map((p) => `${p} (${p === 'short-term' ? 'up to' : 'over'} ${SHORT_TERM_MAX_WEEKS} weeks)`) : r.w == null ? [] : [String(r.w)];
      const side = (s: string) => {
        const vs = [...new Set(edges.filter((r) => r.stance === s).flatMap(valuesOf))];
        return byPhase ? vs : vs.sort((a, b) => Number(a) - Number(b));
      };
      expect([...tp.supporting].sort()).toEqual([...side('SUPPORTS')].sort());
      expect([...tp.contradicting].sort()).toEqual([...side('CONTRADICTS')].sort());
    }
  });

  test('a claim that is not contested has no moderators', async () => {
    const { claims } = await data(`{ claims(first: 100) { nodes { summary { contested moderators { factor } } } } }`);
    for (const c of claims.nodes.filter((x: any) => !x.summary.contested)) expect(c.summary.moderators).toEqual([]);
  });
});

describe('summary-of-findings export', () => {
  const CLAIM = 'massage-reduces-pain-chronic-lbp-short-term';
  const SOF = `query($id: ID!, $s: SensitivityInput) { claim(id: $id) { summaryOfFindings(sensitivity: $s) {
    claimId statement markdown csv markdownUrl csvUrl note
    rows { outcome timepoint studies studyLabels participants findingsSupporting findingsContradicting findingsQualifying effects certainty certaintyReasons statedCertainty } } } }`;

  test('one row per outcome and timepoint of the counted findings; the row counts add up to the summary', async () => {
    const { claim } = await data(SOF, { id: CLAIM });
    const summary = (await summaryOf(CLAIM)).summary;
    const sof = claim.summaryOfFindings;
    const keys = sof.rows.map((r: any) => `${r.outcome}|${r.timepoint}`);
    expect(new Set(keys).size).toBe(keys.length);
    const sum = (f: string) => sof.rows.reduce((n: number, r: any) => n + r[f], 0);
    expect(sum('findingsSupporting') + sum('findingsContradicting') + sum('findingsQualifying')).toBe(summary.findings);
    expect(sof.note).toContain('not a GRADE assessment by a panel');
    expect(sof.markdown.split('\n').filter((l: string) => l.startsWith('| ')).length).toBe(sof.rows.length + 2);
    expect(sof.csv.trim().split('\r\n')).toHaveLength(sof.rows.length + 1);
  });

  test('the download URLs serve the same Markdown and CSV as files', async () => {
    const { claim } = await data(SOF, { id: CLAIM, s: { excludeSmall: true } });
    const sof = claim.summaryOfFindings;
    expect(sof.csvUrl).toBe(`/export/summary-of-findings?claimId=${CLAIM}&format=csv&exclude=small`);
    const csv = await app.fetch(`http://localhost${sof.csvUrl}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain(`evigraph-${CLAIM}-summary-of-findings.csv`);
    expect(await csv.text()).toBe(sof.csv);
    const md = await app.fetch(`http://localhost${sof.markdownUrl}`);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await md.text()).toBe(sof.markdown);
  });

  test.each([
    ['claimId=no-such-claim&format=csv', 404, 'NOT_FOUND'],
    [`claimId=${CLAIM}&format=pdf`, 400, 'BAD_USER_INPUT'],
    [`claimId=${CLAIM}&format=csv&exclude=everything`, 400, 'BAD_USER_INPUT'],
    ['format=csv', 400, 'BAD_USER_INPUT'],
  ])('GET ?%s answers %d %s', async (query, status, code) => {
    const res = await app.fetch(`http://localhost/export/summary-of-findings?${query}`);
    expect(res.status).toBe(status);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe(code);
  });

  test('npm run export -- --sof writes the same CSV', async () => {
    const target = inject('neo4j');
    const env = { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, NEO4J_DATABASE: target.database };
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/src/cli/export-cli.ts', '--sof', '--claim', CLAIM, '--format', 'csv'], { env });
    const { claim } = await data(SOF, { id: CLAIM });
    expect(stdout).toBe(claim.summaryOfFindings.csv);
  });

  test('a bad sensitivity name in the CLI fails with BAD_USER_INPUT', async () => {
    const target = inject('neo4j');
    const env = { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, NEO4J_DATABASE: target.database };
    await expect(promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/src/cli/export-cli.ts', '--sof', '--claim', CLAIM, '--exclude', 'nonsense'], { env })).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('BAD_USER_INPUT') });
  });
});

test('an unknown sensitivity option is rejected', async () => {
  expect(codes(await gql(app, SUMMARY, { id: 'x', s: { excludeEverything: true } }))).toEqual(['BAD_USER_INPUT']);
});
