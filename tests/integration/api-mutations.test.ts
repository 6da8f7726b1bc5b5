import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { countAll } from '../support/test-db.js';
import { codes, createSeededApp, createTestApp, dataOf, gql, TEST_TOKEN } from './api-client.js';

let db: Db;
let app: App;
const auth = { authorization: `Bearer ${TEST_TOKEN}` };

beforeAll(async () => ({ db, app } = await createSeededApp()));
afterAll(() => db.close());

const write = (query: string, variables?: Record<string, unknown>) => gql(app, query, variables, auth);

const CREATE_STUDY = `mutation($input: StudyInput!) { createStudy(input: $input) { id kind title authors year design doi sampleSize } }`;
const study = (over: Record<string, unknown> = {}) => ({
  id: 'curator-test-2024',
  title: 'A curated trial of massage',
  authors: ['Curator A', 'Tester B'],
  year: 2024,
  design: 'RCT',
  doi: '10.5555/curated.2024',
  sampleSize: 120,
  ...over,
});

describe('the token check', () => {
  test('with no token configured writes are disabled: UNAUTHENTICATED saying so', async () => {
    const closed = createTestApp(db, '');
    const r = await gql(closed, CREATE_STUDY, { input: study() }, auth);
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expect(r.errors![0]!.message).toMatch(/disabled/i);
    expect((await gql(closed, '{ serverInfo { writesEnabled } }')).data).toEqual({ serverInfo: { writesEnabled: false } });
  });

  test.each([[{}], [{ authorization: 'Bearer wrong-token' }], [{ authorization: TEST_TOKEN }]])('headers %j are UNAUTHENTICATED and write nothing', async (headers) => {
    const before = await countAll(db);
    expect(codes(await gql(app, CREATE_STUDY, { input: study() }, headers))).toEqual(['UNAUTHENTICATED']);
    expect(await countAll(db)).toEqual(before);
  });
});

describe('studies', () => {
  test('create, read back through search, update, delete', async () => {
    const created = dataOf(await write(CREATE_STUDY, { input: study() })).createStudy;
    expect(created).toMatchObject({ id: 'curator-test-2024', kind: 'STUDY', design: 'RCT', authors: ['Curator A', 'Tester B'] });
    const [row] = await db.read<{ t: string }>('T', 'MATCH (s:Study {id: $id}) RETURN s.authorsText AS t', { id: created.id });
    expect(row!.t).toBe('Curator A; Tester B');
    const hits = dataOf(await gql(app, `{ search(text: "Tester", kinds: [STUDY]) { node { id } } }`)).search;
    expect(hits.map((h: any) => h.node.id)).toContain(created.id);

    const updated = dataOf(await write(`mutation { updateStudy(id: "curator-test-2024", input: {sampleSize: 200, journal: "J Test"}) { sampleSize journal title } }`));
    expect(updated.updateStudy).toEqual({ sampleSize: 200, journal: 'J Test', title: 'A curated trial of massage' });
    const cleared = dataOf(await write(`mutation { updateStudy(id: "curator-test-2024", input: {journal: null}) { journal } }`));
    expect(cleared.updateStudy.journal).toBeNull();

    expect(dataOf(await write(`mutation { deleteStudy(id: "curator-test-2024") { id deleted } }`)).deleteStudy).toEqual({ id: 'curator-test-2024', deleted: true });
    expect(dataOf(await gql(app, `{ node(id: "curator-test-2024") { id } }`)).node).toBeNull();
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['a malformed DOI', { doi: 'doi:10.1/x' }, 'BAD_USER_INPUT'],
    ['an implausible year', { year: 1066 }, 'BAD_USER_INPUT'],
    ['an unknown design', { design: 'ANECDOTE' }, 'BAD_USER_INPUT'],
    ['an existing id', { id: 'cherkin2011' }, 'CONFLICT'],
    ['an id another kind of node uses', { id: 'swedish-massage' }, 'CONFLICT'],
    ['an existing DOI', { doi: '10.7326/0003-4819-155-1-201107050-00002' }, 'CONFLICT'],
    ['an existing DOI in other letter case', { doi: '10.7326/0003-4819-155-1-201107050-00002'.toUpperCase() }, 'CONFLICT'],
  ])('%s is refused with %s and nothing is written', async (_, over, code) => {
    const before = await countAll(db);
    expect(codes(await write(CREATE_STUDY, { input: study(over) }))).toEqual([code]);
    expect(await countAll(db)).toEqual(before);
  });

  test('updating or deleting an absent study is NOT_FOUND', async () => {
    expect(codes(await write(`mutation { updateStudy(id: "nope", input: {year: 2000}) { id } }`))).toEqual(['NOT_FOUND']);
    expect(codes(await write(`mutation { deleteStudy(id: "nope") { id } }`))).toEqual(['NOT_FOUND']);
  });
});

describe('claims and evidence', () => {
  const CREATE_CLAIM = `mutation($input: ClaimInput!) { createClaim(input: $input) { id statement direction techniques { id } conditions { id } } }`;

  test('a claim that fails half-way (one linked technique missing) leaves nothing written', async () => {
    const before = await countAll(db);
    const r = await write(CREATE_CLAIM, { input: { id: 'half-way-claim', statement: 'Half way.', direction: 'IMPROVES', techniqueIds: ['swedish-massage'], conditionIds: ['chronic-low-back-pain', 'no-such-condition'] } });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(await countAll(db)).toEqual(before);
    expect(dataOf(await gql(app, `{ node(id: "half-way-claim") { id } }`)).node).toBeNull();
  });

  test('claim and evidence lifecycle: the summary follows the edges', async () => {
    dataOf(await write(CREATE_STUDY, { input: study({ id: 'evidence-test-study', doi: '10.5555/evidence.test' }) }));
    const claim = dataOf(await write(CREATE_CLAIM, { input: { id: 'curated-claim', statement: 'Curated massage helps.', direction: 'IMPROVES', techniqueIds: ['swedish-massage'] } })).createClaim;
    expect(claim.techniques).toEqual([{ id: 'swedish-massage' }]);

    const CREATE_EVIDENCE = `mutation($input: EvidenceInput!) { createEvidence(input: $input) { id stance quote timepoint study { id } claim { id summary { supporting contradicting } } } }`;
    const input = { studyId: 'evidence-test-study', claimId: 'curated-claim', stance: 'SUPPORTS', quote: 'Pain fell.', sourceUrl: 'https://example.org/trial', timepoint: '12 weeks' };
    const edge = dataOf(await write(CREATE_EVIDENCE, { input })).createEvidence;
    expect(edge.id).toMatch(/^evidence-test-study\.[^.]+\.curated-claim$/);
    expect(edge.claim.summary).toEqual({ supporting: 1, contradicting: 0 });

    const moved = dataOf(await write(`mutation($id: ID!) { updateEvidence(id: $id, input: {stance: CONTRADICTS, timepoint: "52 weeks"}) { id stance quote timepoint claim { summary { supporting contradicting } } } }`, { id: edge.id }));
    expect(moved.updateEvidence).toMatchObject({ id: edge.id, stance: 'CONTRADICTS', quote: 'Pain fell.', timepoint: '52 weeks', claim: { summary: { supporting: 0, contradicting: 1 } } });

    const relinked = dataOf(await write(`mutation { updateClaim(id: "curated-claim", input: {statement: "Curated massage helps a bit.", techniqueIds: [], conditionIds: ["chronic-low-back-pain"]}) { statement techniques { id } conditions { id } } }`));
    expect(relinked.updateClaim).toEqual({ statement: 'Curated massage helps a bit.', techniques: [], conditions: [{ id: 'chronic-low-back-pain' }] });

    expect(dataOf(await write(`mutation($id: ID!) { deleteEvidence(id: $id) { deleted } }`, { id: edge.id })).deleteEvidence.deleted).toBe(true);
    expect(codes(await write(`mutation($id: ID!) { deleteEvidence(id: $id) { deleted } }`, { id: edge.id }))).toEqual(['NOT_FOUND']);
    expect(dataOf(await write(`mutation { deleteClaim(id: "curated-claim") { deleted } }`)).deleteClaim.deleted).toBe(true);
    dataOf(await write(`mutation { deleteStudy(id: "evidence-test-study") { deleted } }`));
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['an empty quote', { quote: ' ' }, 'BAD_USER_INPUT'],
    ['a sourceUrl that is not a URL', { sourceUrl: 'somewhere' }, 'BAD_USER_INPUT'],
    ['a missing study', { studyId: 'no-such-study' }, 'NOT_FOUND'],
    ['a missing claim', { claimId: 'no-such-claim' }, 'NOT_FOUND'],
  ])('evidence with %s is %s and writes nothing', async (_, over, code) => {
    const before = await countAll(db);
    const input = { studyId: 'cherkin2011', claimId: 'massage-reduces-pain-chronic-lbp-short-term', stance: 'SUPPORTS', quote: 'q', sourceUrl: 'https://x.org', ...over };
    expect(codes(await write(`mutation($input: EvidenceInput!) { createEvidence(input: $input) { id } }`, { input }))).toEqual([code]);
    expect(await countAll(db)).toEqual(before);
  });

  test('a seeded edge can be edited by its id', async () => {
    const [e] = await db.read<{ id: string }>('T', 'MATCH (:Study {id: "cherkin2011"})-[e:SUPPORTS]->() RETURN e.id AS id LIMIT 1');
    const r = dataOf(await write(`mutation($id: ID!) { updateEvidence(id: $id, input: {effect: "edited"}) { id effect stance } }`, { id: e!.id }));
    expect(r.updateEvidence).toEqual({ id: e!.id, effect: 'edited', stance: 'SUPPORTS' });
  });
});
