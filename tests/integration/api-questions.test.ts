import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { clearGraph } from '../../server/src/db/clear-graph.js';
import { checkSeed } from '../../server/src/seed/check-seed.js';
import { loadQuestion, loadSeed } from '../../server/src/seed/load-seed.js';
import { createTestApp, dataOf, gql } from './api-client.js';
import { countAll, createTestDb } from '../support/test-db.js';
import { FIXTURE_QUESTION } from '../support/fixture-topic.js';
import { MASSAGE_QUESTION } from '../support/seed-fixture.js';
import { FIXTURE_CLAIM_ON_SHARED_STUDY, SHARED_STUDY, twoQuestionSeedDir } from '../support/two-question-seed.js';

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
const count = async (cypher: string, params: Record<string, unknown> = {}) => (await db.read<{ n: number }>('TEST_COUNT', cypher, params))[0]!.n;
const evidenceOf = (question: string) =>
  count('MATCH (:Question {id: $q})-[:ASKS]->(:Claim)<-[e:SUPPORTS|CONTRADICTS|QUALIFIES]-() RETURN count(e) AS n', { q: question });

describe('questions as data', () => {
  test('lists every question with its wording, parts, counts and articles', async () => {
    const seed = checkSeed(root);
    const { questions } = await data('{ questions { id wording population intervention comparison outcome summary claimCount studyCount sources { id } } }');
    expect(questions.map((q: { id: string }) => q.id)).toEqual([FIXTURE_QUESTION, MASSAGE_QUESTION]);
    const massage = questions[1];
    const folder = seed.questions.find((q) => q.question.id === MASSAGE_QUESTION)!;
    expect(massage.wording).toBe('Does massage help back pain?');
    expect(massage.summary).not.toBe('');
    expect(massage.claimCount).toBe(folder.claims.length);
    expect(massage.studyCount).toBe(new Set(folder.evidence.map((e) => e.study)).size);
    expect(massage.sources.map((s: { id: string }) => s.id).sort()).toEqual(folder.sources.map((s) => s.id).sort());
    expect(questions[0]).toMatchObject({ summary: '', sources: [], claimCount: 2, studyCount: 4 });
  });

  test('finds one question by id, and none for an unknown id', async () => {
    expect((await data('query($id: ID!) { question(id: $id) { id wording } }', { id: MASSAGE_QUESTION })).question.wording).toBe('Does massage help back pain?');
    expect((await data('{ question(id: "no-such-question") { id } }')).question).toBeNull();
  });

  test('names the question that asks a claim', async () => {
    const { claim } = await data('query($id: ID!) { claim(id: $id) { question { id } } }', { id: FIXTURE_CLAIM_ON_SHARED_STUDY });
    expect(claim.question.id).toBe(FIXTURE_QUESTION);
    const { claims } = await data('{ claims(first: 3) { nodes { id question { id } } } }');
    for (const c of claims.nodes) expect(c.question.id).toBe(c.id.startsWith('fixture-') ? FIXTURE_QUESTION : MASSAGE_QUESTION);
  });

  test('groups a shared study\'s findings by question, a question-added finding under its own edge id', async () => {
    const { study } = await data('query($id: ID!) { study(id: $id) { findingsByQuestion { question { id } evidence { id claim { id } } } } }', { id: SHARED_STUDY });
    expect(study.findingsByQuestion.map((g: { question: { id: string } }) => g.question.id)).toEqual([FIXTURE_QUESTION, MASSAGE_QUESTION]);
    const [fixture, massage] = study.findingsByQuestion;
    expect(fixture.evidence).toEqual([{ id: `${SHARED_STUDY}.${FIXTURE_QUESTION}.f0.${FIXTURE_CLAIM_ON_SHARED_STUDY}`, claim: { id: FIXTURE_CLAIM_ON_SHARED_STUDY } }]);
    expect(massage.evidence.length).toBeGreaterThan(0);
    for (const e of massage.evidence) expect(e.id).toMatch(new RegExp(`^${SHARED_STUDY}\\.f\\d+\\.`));
  });

  test('question links stay out of neighbourhoods and the stored degree', async () => {
    const { neighbourhood } = await data('query($id: ID!) { neighbourhood(ids: [$id]) { nodes { data { id } } edges { data { source } } } }', { id: FIXTURE_CLAIM_ON_SHARED_STUDY });
    expect(neighbourhood.nodes.map((n: { data: { id: string } }) => n.data.id)).toContain(SHARED_STUDY);
    expect(neighbourhood.nodes.map((n: { data: { id: string } }) => n.data.id)).not.toContain(FIXTURE_QUESTION);
    expect(neighbourhood.edges.map((e: { data: { source: string } }) => e.data.source)).not.toContain(FIXTURE_QUESTION);
    expect(await count('MATCH (c:Claim {id: $id}) RETURN c.degree AS n', { id: FIXTURE_CLAIM_ON_SHARED_STUDY })).toBe(
      await count('MATCH (c:Claim {id: $id})-[r]-() WHERE NOT type(r) IN ["ASKS", "STARTS_FROM"] RETURN count(r) AS n', { id: FIXTURE_CLAIM_ON_SHARED_STUDY }),
    );
  });

  test('loading one question again changes nothing; dropping its link removes only its edge', async () => {
    const before = await countAll(db);
    const massageEdges = await evidenceOf(MASSAGE_QUESTION);
    await loadQuestion(db, checkSeed(root), FIXTURE_QUESTION);
    expect(await countAll(db)).toEqual(before);

    const evidenceFile = path.join(root, 'questions', FIXTURE_QUESTION, 'evidence.json');
    const evidence = JSON.parse(fs.readFileSync(evidenceFile, 'utf8'));
    fs.writeFileSync(evidenceFile, JSON.stringify(evidence.filter((e: { findingSet?: string }) => e.findingSet !== 'question')));
    await loadQuestion(db, checkSeed(root), FIXTURE_QUESTION);
    expect(await count('MATCH ()-[e {id: $id}]->() RETURN count(e) AS n', { id: `${SHARED_STUDY}.${FIXTURE_QUESTION}.f0.${FIXTURE_CLAIM_ON_SHARED_STUDY}` })).toBe(0);
    expect(await evidenceOf(MASSAGE_QUESTION)).toBe(massageEdges);
    fs.writeFileSync(evidenceFile, JSON.stringify(evidence));
  });

  test('loading a question whose relations changed replaces only its own relations', async () => {
    const relationsFile = path.join(root, 'questions', FIXTURE_QUESTION, 'relations.json');
    const shared = await count('MATCH ()-[r:UPDATES|REPUBLISHES|INCLUDES]->() RETURN count(r) AS n');
    const relation = { from: 'fixture-study-immersion-2021', type: 'updates', to: 'fixture-study-immersion-2019', source: 'https://example.org/fixture/relation', note: 'made up' };
    fs.writeFileSync(relationsFile, JSON.stringify([relation]));
    await loadQuestion(db, checkSeed(root), FIXTURE_QUESTION);
    expect(await count('MATCH ()-[r:UPDATES|REPUBLISHES|INCLUDES]->() RETURN count(r) AS n')).toBe(shared + 1);
    fs.writeFileSync(relationsFile, '[]');
    await loadQuestion(db, checkSeed(root), FIXTURE_QUESTION);
    expect(await count('MATCH ()-[r:UPDATES|REPUBLISHES|INCLUDES]->() RETURN count(r) AS n')).toBe(shared);
    fs.rmSync(relationsFile);
  });
});
