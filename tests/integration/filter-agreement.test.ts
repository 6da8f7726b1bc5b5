import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../server/src/db/db.js';
import { EVIDENCE_TYPES } from '../../server/src/domain/stances.js';
import { edgeMatches, evidencePasses, NO_CRITERIA, studyPasses, type EvidenceCriteria, type FilterableEdge } from '../../server/src/queries/evidence-filter.js';
import { createTestDb } from '../support/test-db.js';
import { resetAndSeedWithFixture } from '../support/fixture-topic.js';

let db: Db;
let edges: Array<FilterableEdge & { id: string }>;

const ALL_EDGES = `MATCH (s:Study)-[e:${EVIDENCE_TYPES}]->(:Claim)
  RETURN e.id AS id, type(e) AS stance, e.timepoint AS timepoint, s {.design, .year, .sampleSize} AS study`;
const PASSING_EDGES = `MATCH (s:Study)-[e:${EVIDENCE_TYPES}]->(:Claim)
  WHERE ${evidencePasses('e')} AND ${studyPasses('s')}
  RETURN e.id AS id`;

beforeAll(async () => {
  db = createTestDb();
  await resetAndSeedWithFixture(db);
  edges = await db.read('TEST_ALL_EVIDENCE', ALL_EDGES);
});
afterAll(() => db.close());

const CASES: Array<[string, Partial<EvidenceCriteria>]> = [
  ['no criteria', {}],
  ['one design', { designs: ['rct'] }],
  ['two designs', { designs: ['systematic_review', 'guideline'] }],
  ['from a year', { yearFrom: 2010 }],
  ['up to a year', { yearTo: 2005 }],
  ['a year range', { yearFrom: 2003, yearTo: 2012 }],
  ['a minimum sample size', { minSampleSize: 100 }],
  ['one stance', { stances: ['CONTRADICTS'] }],
  ['two stances', { stances: ['SUPPORTS', 'QUALIFIES'] }],
  ['a timepoint, any case', { timepoint: 'WEEK' }],
  ['everything at once', { stances: ['SUPPORTS', 'CONTRADICTS'], designs: ['rct', 'systematic_review'], yearFrom: 2000, minSampleSize: 50, timepoint: 'week' }],
];

describe('the JS evidence filter and the Cypher filter agree on the seed graph and the fixture topic', () => {
  test('the seed and the fixture have evidence to filter', () => {
    expect(edges.length).toBeGreaterThan(20);
    expect(edges.filter((e) => e.id.includes('fixture-')).length).toBe(4);
  });

  test('the fixture topic alone: a cohort of 300 from 2015 is the only one passing n >= 200 and year <= 2016', async () => {
    const criteria = { ...NO_CRITERIA, minSampleSize: 200, yearTo: 2016 };
    const fixture = (ids: string[]) => ids.filter((id) => id.includes('fixture-'));
    const js = fixture(edges.filter((e) => edgeMatches(e, criteria)).map((e) => e.id));
    const rows = await db.read<{ id: string }>('TEST_FILTERED_EVIDENCE', PASSING_EDGES, { ...criteria });
    expect(js).toEqual([expect.stringContaining('fixture-cohort-immersion-2015')]);
    expect(fixture(rows.map((r) => r.id))).toEqual(js);
  });

  test.each(CASES)('%s', async (_, partial) => {
    const criteria = { ...NO_CRITERIA, ...partial };
    const js = edges
      .filter((e) => edgeMatches(e, criteria))
      .map((e) => e.id)
      .sort();
    const rows = await db.read<{ id: string }>('TEST_FILTERED_EVIDENCE', PASSING_EDGES, { ...criteria });
    expect(rows.map((r) => r.id).sort()).toEqual(js);
    if (Object.keys(partial).length) expect(js.length).toBeLessThan(edges.length);
  });
});
