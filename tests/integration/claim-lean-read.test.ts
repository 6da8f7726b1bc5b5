import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { createSeededApp, dataOf, gql } from './api-client.js';

let db: Db;
let app: App;

beforeAll(async () => ({ db, app } = await createSeededApp()));
afterAll(() => db.close());

const CLAIMS = ['massage-reduces-pain-chronic-lbp-short-term', 'massage-effective-for-low-back-pain'];
const STUDY = 'id title year design sampleSize authors population riskOfBias { source randomised gradeCertainty }';
const SUMMARY = 'summary { balance certainty reason contested findings studies excluded { code studyId } possibleOverlap robustness { verdict pivotal text } forest { key outcome comparison } moderators { __typename } }';

/** The request as the claim page sends it, and the same with a study field only the whole record answers. */
const lean = (withSummary: boolean) => `query($id: ID!) { claim(id: $id) { statement evidence { stance quote study { ${STUDY} } } ${withSummary ? SUMMARY : ''} } }`;
const whole = (withSummary: boolean) => `query($id: ID!) { claim(id: $id) { statement evidence { stance quote study { ${STUDY} confirmedFrom } } ${withSummary ? SUMMARY : ''} } }`;

const withoutConfirmedFrom = (claim: { evidence: Array<{ study: Record<string, unknown> }> }) => ({
  ...claim,
  evidence: claim.evidence.map((e) => ({ ...e, study: Object.fromEntries(Object.entries(e.study).filter(([k]) => k !== 'confirmedFrom')) })),
});

describe('the claim read only what the request selects', () => {
  test.each(CLAIMS)('lean study rows answer as the whole record does (%s)', async (id) => {
    const a = dataOf(await gql(app, lean(true), { id })).claim;
    const b = dataOf(await gql(app, whole(true), { id })).claim;
    expect(a.evidence.length).toBeGreaterThan(0);
    expect(b.evidence.some((e: { study: { confirmedFrom: string[] } }) => e.study.confirmedFrom.length > 0)).toBe(true);
    expect(a).toEqual(withoutConfirmedFrom(b));
  });

  test.each(CLAIMS)('without the summary the evidence is the same (%s)', async (id) => {
    const a = dataOf(await gql(app, lean(false), { id })).claim;
    const b = dataOf(await gql(app, lean(true), { id })).claim;
    expect(a.evidence).toEqual(b.evidence);
    expect(a.summary).toBeUndefined();
  });
});
