import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { clearGraph } from '../../server/src/db/clear-graph.js';
import { checkSeed } from '../../server/src/seed/check-seed.js';
import { loadSeed } from '../../server/src/seed/load-seed.js';
import { codes, createTestApp, dataOf, gql, TEST_TOKEN } from './api-client.js';
import { createTestDb } from '../support/test-db.js';
import { FIXTURE_QUESTION } from '../support/fixture-topic.js';
import { MASSAGE_QUESTION } from '../support/seed-fixture.js';
import { SHARED_STUDY, twoQuestionSeedDir } from '../support/two-question-seed.js';

let db: Db;
let app: App;
let root: string;

beforeAll(async () => {
  db = createTestDb();
  await clearGraph(db);
  root = twoQuestionSeedDir();
  await loadSeed(db, root);
  app = createTestApp(db);
}, 600_000); // two questions loaded on a shared, busy machine
afterAll(() => db.close());

const data = async (query: string, variables?: Record<string, unknown>) => dataOf(await gql(app, query, variables));
const ids = (nodes: Array<{ id: string }>) => nodes.map((n) => n.id).sort();
const folder = (id: string) => checkSeed(root).questions.find((q) => q.question.id === id)!;

describe('the question argument scopes answers', () => {
  test('claims: each question lists only the claims it asks; no question lists them all', async () => {
    const q = 'query($q: ID) { claims(filter: { question: $q }, first: 100) { totalCount nodes { id } } }';
    const fixture = (await data(q, { q: FIXTURE_QUESTION })).claims;
    const massage = (await data(q, { q: MASSAGE_QUESTION })).claims;
    const all = (await data(q, {})).claims;
    expect(ids(fixture.nodes)).toEqual(folder(FIXTURE_QUESTION).claims.map((c) => c.id).sort());
    expect(massage.totalCount).toBe(folder(MASSAGE_QUESTION).claims.length);
    expect(all.totalCount).toBe(fixture.totalCount + massage.totalCount);
  });

  test('studies: a question lists the studies with evidence on its claims, a shared study under both', async () => {
    const q = 'query($q: ID) { studies(filter: { question: $q }, first: 100) { totalCount nodes { id } } }';
    const fixture = ids((await data(q, { q: FIXTURE_QUESTION })).studies.nodes);
    const massage = ids((await data(q, { q: MASSAGE_QUESTION })).studies.nodes);
    expect(fixture).toEqual([...new Set(folder(FIXTURE_QUESTION).evidence.map((e) => e.study))].sort());
    expect(fixture).toContain(SHARED_STUDY);
    expect(massage).toContain(SHARED_STUDY);
    expect(massage.some((id) => id.startsWith('fixture-'))).toBe(false);
  });

  test('sources: a question lists the articles it starts from', async () => {
    const q = 'query($q: ID) { sources(question: $q) { totalCount nodes { id } } }';
    expect(ids((await data(q, { q: MASSAGE_QUESTION })).sources.nodes)).toEqual(folder(MASSAGE_QUESTION).sources.map((s) => s.id).sort());
    expect((await data(q, { q: FIXTURE_QUESTION })).sources.totalCount).toBe(0);
  });

  test('search: hits outside the question are left out', async () => {
    const q = 'query($q: ID) { search(text: "immersion", first: 20, question: $q) { node { id } } }';
    const whole = (await data(q, {})).search.map((h: { node: { id: string } }) => h.node.id);
    const scoped = (await data(q, { q: MASSAGE_QUESTION })).search.map((h: { node: { id: string } }) => h.node.id);
    expect(whole.some((id: string) => id.startsWith('fixture-'))).toBe(true);
    expect(scoped.some((id: string) => id.startsWith('fixture-'))).toBe(false);
    const inFixture = (await data(q, { q: FIXTURE_QUESTION })).search.map((h: { node: { id: string } }) => h.node.id);
    expect(inFixture.length).toBeGreaterThan(0);
    expect(inFixture.every((id: string) => id.startsWith('fixture-'))).toBe(true);
  });

  test('evidence map: only the question\'s claims make cells', async () => {
    const q = 'query($q: ID) { evidenceMap(rows: CONDITION, columns: OUTCOME, question: $q) { rows { id } cells { row column studies } } }';
    const fixture = (await data(q, { q: FIXTURE_QUESTION })).evidenceMap;
    const whole = (await data(q, {})).evidenceMap;
    expect(fixture.rows.map((r: { id: string }) => r.id)).toEqual(['fixture-muscle-soreness']);
    expect(whole.rows.map((r: { id: string }) => r.id)).toContain('fixture-muscle-soreness');
    expect(whole.rows.length).toBeGreaterThan(fixture.rows.length);
  });

  test('citations: a question alone exports its studies; a claim of another question is refused', async () => {
    const q = 'query($q: ID, $c: ID) { citations(question: $q, claimId: $c, format: RIS) { studyIds } }';
    const fixture = (await data(q, { q: FIXTURE_QUESTION })).citations.studyIds;
    expect([...fixture].sort()).toEqual([...new Set(folder(FIXTURE_QUESTION).evidence.map((e) => e.study))].sort());
    const refused = await gql(app, q, { q: FIXTURE_QUESTION, c: 'massage-is-safe' });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.message).toContain('"massage-is-safe" is not asked by question "fixture-immersion-soreness"');
    expect((await data(q, { q: MASSAGE_QUESTION, c: 'massage-is-safe' })).citations.studyIds.length).toBeGreaterThan(0);
  });

  test('summary-of-findings download: a claim of another question or an unknown question is refused (400)', async () => {
    const url = (question: string) => `http://localhost/export/summary-of-findings?claimId=massage-effective-for-low-back-pain&format=csv&question=${question}`;
    expect((await app.fetch(url(MASSAGE_QUESTION))).status).toBe(200);
    const other = await app.fetch(url(FIXTURE_QUESTION));
    expect(other.status).toBe(400);
    expect((await other.json()).errors[0].message).toContain('is not asked by question');
    const unknown = await app.fetch(url('no-such-question'));
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).errors[0].message).toContain('"no-such-question"');
  });

  test('a curator\'s new claim joins the question named; with two questions one must be named', async () => {
    const auth = { authorization: `Bearer ${TEST_TOKEN}` };
    const create = 'mutation($input: ClaimInput!) { createClaim(input: $input) { id question { id } } }';
    const input = { id: 'fixture-curated-claim', statement: 'A curated fixture claim.', direction: 'IMPROVES' };
    const unnamed = await gql(app, create, { input }, auth);
    expect(codes(unnamed)).toEqual(['BAD_USER_INPUT']);
    expect(unnamed.errors![0]!.message).toContain('2 questions');
    expect(codes(await gql(app, create, { input: { ...input, question: 'no-such-question' } }, auth))).toEqual(['BAD_USER_INPUT']);
    const made = dataOf(await gql(app, create, { input: { ...input, question: FIXTURE_QUESTION } }, auth)).createClaim;
    expect(made.question.id).toBe(FIXTURE_QUESTION);
    dataOf(await gql(app, 'mutation { deleteClaim(id: "fixture-curated-claim") { deleted } }', {}, auth));
  });

  test.each([
    ['citations', '{ citations(question: "no-such-question", format: RIS) { studyIds } }'],
    ['claims', '{ claims(filter: { question: "no-such-question" }) { totalCount } }'],
    ['studies', '{ studies(filter: { question: "no-such-question" }) { totalCount } }'],
    ['sources', '{ sources(question: "no-such-question") { totalCount } }'],
    ['search', '{ search(text: "pain", question: "no-such-question") { kind } }'],
    ['evidenceMap', '{ evidenceMap(question: "no-such-question") { rows { id } } }'],
  ])('%s with an unknown question is BAD_USER_INPUT naming it', async (_, query) => {
    const answer = await gql(app, query);
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors![0]!.message).toContain('"no-such-question"');
  });
});
