import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { EXPANSION } from '../../server/src/queries/get-neighbourhood.js';
import { setStats } from '../../server/src/queries/node-stats.js';
import { int } from '../../server/src/queries/cypher-parts.js';
import { createSeededApp, dataOf, gql, TEST_TOKEN } from './api-client.js';

const HUB_EDGES = 50_000;
const SMALL_HUB_EDGES = 300;

const HOOD = `query($ids: [ID!]!, $depth: Int, $limit: Int, $fanOut: Int) { neighbourhood(ids: $ids, depth: $depth, limit: $limit, fanOut: $fanOut) {
  omittedNodes truncated nodes { data { id kind weight degree } } edges { data { id source target kind } }
  leftOut { nodeId count exact label groups { kind design count } } } }`;

let db: Db;
let app: App;

/** A claim with `n` supporting studies, alternately RCTs and reviews, loaded the way the seed loader sets stored figures. */
async function makeHub(id: string, n: number) {
  await db.write('TEST_HUB_CLAIM', `CREATE (c:Claim {id: $id, statement: 'synthetic hub claim'})`, { id });
  for (let from = 1; from <= n; from += 5000) {
    await db.write(
      'TEST_HUB_STUDIES',
      `MATCH (c:Claim {id: $id})
       UNWIND range($from, $to) AS i
       CREATE (s:Study {id: $id + '-s' + i, title: 'synthetic study ' + i, year: 2000 + i % 20, design: CASE i % 2 WHEN 0 THEN 'rct' ELSE 'systematic_review' END, degree: 1, weight: 1})
       CREATE (s)-[:SUPPORTS {id: $id + '-s' + i + '.f0.' + $id, quote: 'q', sourceUrl: 'https://example.org'}]->(c)`,
      { id, from: int(from), to: int(Math.min(n, from + 4999)) },
    );
  }
  await db.write('TEST_HUB_STATS', `MATCH (c:Claim {id: $id}) ${setStats('c')}`, { id });
}

beforeAll(async () => {
  ({ db, app } = await createSeededApp());
  await makeHub('synthetic-hub', HUB_EDGES);
  await makeHub('small-hub', SMALL_HUB_EDGES);
  // Planning this statement is the slow part on a busy machine: warm Neo4j's plan cache for both depths first
  // (a cold plan can outlast the transaction timeout; planning completes and is cached even then).
  for (const depth of [1, 2]) {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (!(await gql(app, HOOD, { ids: ['small-hub'], depth, limit: 5 })).errors) break;
    }
  }
});
afterAll(() => db.close());

describe('bounded expansion', () => {
  test(`a hub with ${HUB_EDGES.toLocaleString('en')} evidence edges answers within the cap and says what it left out`, async () => {
    const { neighbourhood: g } = dataOf(await gql(app, HOOD, { ids: ['synthetic-hub'], depth: 2, limit: 100, fanOut: 40 }));
    expect(g.nodes.length).toBeLessThanOrEqual(100);
    expect(g.nodes.filter((n: any) => n.data.kind === 'STUDY')).toHaveLength(40);
    const hub = g.nodes.find((n: any) => n.data.id === 'synthetic-hub');
    expect(hub.data.degree).toBe(HUB_EDGES);
    expect(g.truncated).toBe(true);
    const left = g.leftOut.find((l: any) => l.nodeId === 'synthetic-hub');
    expect(left).toMatchObject({ exact: false, count: HUB_EDGES - 40, groups: [{ kind: 'STUDY', design: null, count: HUB_EDGES - 40 }] });
    expect(left.label).toMatch(/^\+49,960 studies/);
  });

  test('below the scan bound the summary is exact, with designs: "+250 studies: 125 RCTs, 125 reviews"', async () => {
    expect(SMALL_HUB_EDGES).toBeLessThanOrEqual(EXPANSION.scan);
    const { neighbourhood: g } = dataOf(await gql(app, HOOD, { ids: ['small-hub'], depth: 1, limit: 200, fanOut: 50 }));
    expect(g.nodes).toHaveLength(51);
    const left = g.leftOut.find((l: any) => l.nodeId === 'small-hub');
    expect(left.exact).toBe(true);
    expect(left.count).toBe(SMALL_HUB_EDGES - 50);
    expect(left.label).toBe('+250 studies: 125 RCTs, 125 reviews');
    expect(left.groups).toEqual(expect.arrayContaining([{ kind: 'STUDY', design: 'RCT', count: 125 }, { kind: 'STUDY', design: 'SYSTEMATIC_REVIEW', count: 125 }]));
  });

  test('a fan-out as large as the neighbourhood leaves nothing out', async () => {
    const { neighbourhood: g } = dataOf(await gql(app, HOOD, { ids: ['small-hub'], depth: 1, limit: 500, fanOut: 500 }));
    expect(g.nodes).toHaveLength(SMALL_HUB_EDGES + 1);
    expect(g.leftOut).toEqual([]);
    expect(g.truncated).toBe(false);
  });

  test('fanOut out of range is BAD_USER_INPUT', async () => {
    const r = await gql(app, HOOD, { ids: ['small-hub'], fanOut: EXPANSION.maxFanOut + 1 });
    expect(r.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  test('a curator write keeps the stored degree and weight current', async () => {
    const auth = { authorization: `Bearer ${TEST_TOKEN}` };
    const before = dataOf(await gql(app, HOOD, { ids: ['small-hub'], limit: 1 })).neighbourhood.nodes[0].data;
    const created = dataOf(
      await gql(app, `mutation($i: EvidenceInput!) { createEvidence(input: $i) { id } }`, { i: { studyId: 'cherkin2011', claimId: 'small-hub', stance: 'CONTRADICTS', quote: 'A verbatim finding.', sourceUrl: 'https://example.org/x' } }, auth),
    ).createEvidence;
    const after = dataOf(await gql(app, HOOD, { ids: ['small-hub'], limit: 1 })).neighbourhood.nodes[0].data;
    expect(after).toMatchObject({ degree: before.degree + 1, weight: before.weight + 1 });
    dataOf(await gql(app, `mutation($id: ID!) { deleteEvidence(id: $id) { deleted } }`, { id: created.id }, auth));
    const restored = dataOf(await gql(app, HOOD, { ids: ['small-hub'], limit: 1 })).neighbourhood.nodes[0].data;
    expect(restored).toMatchObject({ degree: before.degree, weight: before.weight });
  });
});
