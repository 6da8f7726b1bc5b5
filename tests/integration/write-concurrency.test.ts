import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { createApp, type App } from '../../server/src/app.js';
import { silentLog } from '../../server/src/log.js';
import { migrate } from '../../server/src/db/migrations.js';
import type { Db } from '../../server/src/db/db.js';
import { createTestDb, resetAndSeed } from '../support/test-db.js';
import { codes, dataOf, gql } from './api-client.js';

const ALICE = 'alice-token-0123456789-abcdef';
const BOB = 'bob-token-0123456789-abcdefgh';
let db: Db;
let app: App;

beforeAll(async () => {
  db = createTestDb();
  await resetAndSeed(db);
  const target = inject('neo4j');
  const config = loadConfig({ NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, EVIGRAPH_WRITE_TOKENS: `alice:${ALICE},bob:${BOB}` });
  app = createApp({ config, db, log: silentLog });
});
afterAll(() => db.close());

const as = (token: string) => (query: string, variables?: Record<string, unknown>) => gql(app, query, variables, { authorization: `Bearer ${token}` });
const alice = as(ALICE);
const bob = as(BOB);
const STANCES = ['SUPPORTS', 'CONTRADICTS', 'QUALIFIES'] as const;
const UPDATE = `mutation($id: ID!, $input: EvidencePatch!) { updateEvidence(id: $id, input: $input) { id stance version } }`;
const copiesOf = async (id: string) => (await db.read<{ n: number }>('T_COPIES', 'MATCH ()-[e]->() WHERE e.id = $id RETURN count(e) AS n', { id }))[0]!.n;
const changesOf = async (nodeId: string) =>
  dataOf(await gql(app, `query($nodeId: ID) { changes(nodeId: $nodeId, first: 100) { who action kind targetId nodeIds before after } }`, { nodeId })).changes as Array<Record<string, any>>;

async function seededEdge(studyId: string) {
  const [e] = await db.read<{ id: string }>('T_EDGE', 'MATCH (:Study {id: $studyId})-[e:SUPPORTS|CONTRADICTS|QUALIFIES]->() RETURN e.id AS id ORDER BY e.id LIMIT 1', { studyId });
  return e!.id;
}

describe('concurrent writes', () => {
  test('16 concurrent stance changes of one edge leave exactly one edge and 16 audit entries', async () => {
    const id = await seededEdge('cherkin2011');
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => (i % 2 ? alice : bob)(UPDATE, { id, input: { stance: STANCES[(i + 1) % 3] } })));
    expect(results.flatMap(codes)).toEqual([]);
    expect(await copiesOf(id)).toBe(1);
    const versions = results.map((r) => r.data.updateEvidence.version).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    const log = (await changesOf('cherkin2011')).filter((c) => c.targetId === id);
    expect(log).toHaveLength(16);
    expect(new Set(log.map((c) => c.who))).toEqual(new Set(['alice', 'bob']));
    // Each entry's before is the state the previous one left: the changes ran one after the other.
    const stanceAfter = new Set(log.map((c) => JSON.parse(c.after).version));
    expect(stanceAfter.size).toBe(16);
  });

  test('16 concurrent changes sending the version they read: one wins, the rest are refused CONFLICT, nothing duplicated', async () => {
    const id = await seededEdge('field2007');
    const read = dataOf(await gql(app, `{ study(id: "field2007") { evidence { id version } } }`)).study.evidence.find((e: { id: string }) => e.id === id);
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => alice(UPDATE, { id, input: { stance: STANCES[(i % 2) + 1], version: read.version } })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).flatMap(codes)).toEqual(Array(15).fill('CONFLICT'));
    expect(results.find((r) => r.errors)!.errors![0]!.message).toMatch(/version 1, your change was made on version 0/);
    expect(await copiesOf(id)).toBe(1);
  });

  test('16 concurrent creates with one DOI leave one study; the others are CONFLICT naming the DOI', async () => {
    const CREATE = `mutation($input: StudyInput!) { createStudy(input: $input) { id } }`;
    const input = (i: number) => ({ id: `race-study-${i}`, title: 'Race', authors: ['Racer A'], year: 2020, design: 'RCT', doi: '10.5555/race.one' });
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => alice(CREATE, { input: input(i) })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const refused = results.filter((r) => r.errors);
    expect(refused.flatMap(codes)).toEqual(Array(15).fill('CONFLICT'));
    expect(refused[0]!.errors![0]!.message).toContain('10.5555/race.one');
    const [{ n }] = (await db.read<{ n: number }>('T_DOI', "MATCH (s:Study {doi: '10.5555/race.one'}) RETURN count(s) AS n")) as [{ n: number }];
    expect(n).toBe(1);
  });

  test('16 concurrent creates with one id across kinds leave one node', async () => {
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        i % 2
          ? alice(`mutation { createClaim(input: {id: "contested-id", statement: "S.", direction: IMPROVES}) { id } }`)
          : alice(`mutation { createStudy(input: {id: "contested-id", title: "T", authors: ["A B"], year: 2020, design: RCT}) { id } }`),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).flatMap(codes)).toEqual(Array(15).fill('CONFLICT'));
    const [{ n }] = (await db.read<{ n: number }>('T_ID', "MATCH (x) WHERE x.id = 'contested-id' RETURN count(x) AS n")) as [{ n: number }];
    expect(n).toBe(1);
  });

  test('an id used by another kind is refused, naming the id and the kind', async () => {
    const r = await alice(`mutation { createClaim(input: {id: "boulanger2012", statement: "A claim.", direction: IMPROVES}) { id } }`);
    expect(codes(r)).toEqual(['CONFLICT']);
    expect(r.errors![0]!.message).toBe('id "boulanger2012" is already used by a Study');
    expect(dataOf(await gql(app, `{ study(id: "boulanger2012") { id } }`)).study).toEqual({ id: 'boulanger2012' });
  });
});

describe('the audit log', () => {
  test('records who changed what, with before and after, and is queried by node and time', async () => {
    const started = new Date().toISOString();
    dataOf(await alice(`mutation { createStudy(input: {id: "audited-2024", title: "Audited", authors: ["Doe J"], year: 2024, design: RCT}) { id } }`));
    const updated = dataOf(await bob(`mutation { updateStudy(id: "audited-2024", input: {title: "Audited again", version: 1}) { title version } }`));
    expect(updated.updateStudy).toEqual({ title: 'Audited again', version: 2 });

    const log = await changesOf('audited-2024');
    expect(log.map((c) => [c.who, c.action])).toEqual([
      ['bob', 'UPDATE'],
      ['alice', 'CREATE'],
    ]);
    expect(JSON.parse(log[0]!.before)).toMatchObject({ title: 'Audited', version: 1 });
    expect(JSON.parse(log[0]!.after)).toMatchObject({ title: 'Audited again', version: 2 });
    expect(log[1]!.before).toBeNull();

    const since = dataOf(await gql(app, `query($since: String) { changes(since: $since) { targetId } }`, { since: started })).changes;
    expect(since.map((c: { targetId: string }) => c.targetId)).toEqual(['audited-2024', 'audited-2024']);
    expect(codes(await gql(app, `{ changes(since: "yesterday") { id } }`))).toEqual(['BAD_USER_INPUT']);
  });

  test('a stale version is refused and changes nothing; a write refused leaves no audit entry', async () => {
    const r = await alice(`mutation { updateStudy(id: "audited-2024", input: {title: "Stale", version: 1}) { id } }`);
    expect(codes(r)).toEqual(['CONFLICT']);
    expect(dataOf(await gql(app, `{ study(id: "audited-2024") { title version } }`)).study).toEqual({ title: 'Audited again', version: 2 });
    expect(await changesOf('audited-2024')).toHaveLength(2);
    expect(codes(await alice(`mutation { deleteStudy(id: "audited-2024", version: 1) { id } }`))).toEqual(['CONFLICT']);
  });

  test('an edge change is listed under both its study and its claim', async () => {
    const id = await seededEdge('boulanger2012');
    dataOf(await alice(UPDATE, { id, input: { effect: 'noted' } }));
    const claimId = id.split('.')[2]!;
    expect((await changesOf(claimId)).some((c) => c.targetId === id && c.kind === 'EvidenceEdge')).toBe(true);
  });
});

describe('the migration', () => {
  test('removes duplicate edge ids, reporting each, after which the constraint holds', async () => {
    for (const type of ['supports', 'contradicts', 'qualifies']) await db.write('T_DROP', `DROP CONSTRAINT ${type}_id_unique IF EXISTS`);
    const id = await seededEdge('cherkin2011');
    await db.write('T_DUP', 'MATCH (s)-[e {id: $id}]->(c) CREATE (s)-[d:SUPPORTS]->(c) SET d = properties(e) CREATE (s)-[q:QUALIFIES]->(c) SET q = properties(e)', { id });
    expect(await copiesOf(id)).toBe(3);
    const report = await migrate(db);
    expect(report.removedDuplicateEdges.map((r) => r.id).join(' ')).toContain(id);
    expect(report.removedDuplicateEdges.reduce((n, r) => n + r.removed, 0)).toBe(2);
    expect(await copiesOf(id)).toBe(1);
    const [{ type }] = (await db.read<{ type: string }>('T_TYPE', 'MATCH ()-[e {id: $id}]->() RETURN type(e) AS type', { id })) as [{ type: string }];
    const copy = `MATCH (s)-[e {id: $id}]->(c) CREATE (s)-[d:${({ SUPPORTS: 'SUPPORTS', CONTRADICTS: 'CONTRADICTS', QUALIFIES: 'QUALIFIES' } as Record<string, string>)[type]}]->(c) SET d = properties(e)`;
    await expect(db.write('T_DUP_AGAIN', copy, { id })).rejects.toThrow(/already exists|constraint/i);
    expect((await migrate(db)).removedDuplicateEdges).toEqual([]);
  });
});
