import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { createSeededApp, dataOf, gql, TEST_TOKEN } from './api-client.js';

let db: Db;
let app: App;
beforeAll(async () => ({ db, app } = await createSeededApp()));
afterAll(() => db.close());

const auth = { authorization: `Bearer ${TEST_TOKEN}` };
const ROB = 'riskOfBias { randomised allocationConcealment participantsBlinded assessorsBlinded attritionNote registration source }';
const read = async (id: string) => dataOf(await gql(app, `query($id: ID!) { study(id: $id) { version ${ROB} } }`, { id })).study;

describe("a curator records a study's risk of bias as the paper states it", () => {
  test('created with the study, read back as stated, replaced by a patch, removed with null', async () => {
    const riskOfBias = {
      randomised: true,
      allocationConcealment: 'adequate',
      participantsBlinded: false,
      attritionNote: '12 of 200 lost to follow-up',
      source: 'https://example.org/rob-trial',
    };
    const input = {
      id: 'rob-trial-2024',
      title: 'A risk-of-bias test trial (test data, not a real study)',
      authors: ['Test A'],
      year: 2024,
      design: 'RCT',
      riskOfBias,
    };
    dataOf(await gql(app, 'mutation($input: StudyInput!) { createStudy(input: $input) { id } }', { input }, auth));
    expect((await read(input.id)).riskOfBias).toEqual({ ...riskOfBias, assessorsBlinded: null, registration: null });

    const patch = { riskOfBias: { assessorsBlinded: true, source: 'https://example.org/rob-trial-2' } };
    dataOf(await gql(app, 'mutation($id: ID!, $input: StudyPatch!) { updateStudy(id: $id, input: $input) { id } }', { id: input.id, input: patch }, auth));
    expect((await read(input.id)).riskOfBias).toEqual({
      randomised: null,
      allocationConcealment: null,
      participantsBlinded: null,
      assessorsBlinded: true,
      attritionNote: null,
      registration: null,
      source: 'https://example.org/rob-trial-2',
    });

    dataOf(
      await gql(
        app,
        'mutation($id: ID!, $input: StudyPatch!) { updateStudy(id: $id, input: $input) { id } }',
        { id: input.id, input: { riskOfBias: null } },
        auth,
      ),
    );
    expect((await read(input.id)).riskOfBias).toBeNull();
  });

  test('a word outside adequate, unclear and inadequate is BAD_USER_INPUT and writes nothing', async () => {
    const input = {
      id: 'rob-trial-bad',
      title: 'Another test trial (test data)',
      authors: ['Test B'],
      year: 2024,
      design: 'RCT',
      riskOfBias: { allocationConcealment: 'good', source: 'https://example.org/x' },
    };
    const out = await gql(app, 'mutation($input: StudyInput!) { createStudy(input: $input) { id } }', { input }, auth);
    expect(out.errors?.map((e) => [e.extensions.code, e.extensions.field])).toEqual([['BAD_USER_INPUT', 'riskOfBias.allocationConcealment']]);
    const after = await gql(app, '{ study(id: "rob-trial-bad") { id } }');
    expect(after.errors?.map((e) => e.extensions.code)).toEqual(['NOT_FOUND']);
  });
});
