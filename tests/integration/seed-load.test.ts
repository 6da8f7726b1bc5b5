import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../server/src/db/db.js';
import { loadSeed, SEED_ROOT } from '../../server/src/seed/load-seed.js';
import { checkSeed, SeedCheckError } from '../../server/src/seed/check-seed.js';
import { BROKEN_SEEDS, seedCopyWith } from '../support/seed-fixture.js';
import { clearGraph, countAll, createTestDb } from '../support/test-db.js';

let db: Db;
beforeAll(async () => {
  db = createTestDb();
  // Every shipped question: this file checks the seed as `npm start` loads it.
  await clearGraph(db);
  await loadSeed(db);
});
afterAll(() => db.close());

async function count(cypher: string): Promise<number> {
  const [row] = await db.read<{ n: number }>('TEST_COUNT', cypher);
  return row!.n;
}

describe('the seed graph', () => {
  test('meets the floor for every kind of node and edge', async () => {
    const floors: Array<[string, number]> = [
      ['Source', 5],
      ['Study', 26],
      ['Technique', 15],
      ['Mechanism', 12],
      ['Condition', 15],
      ['Outcome', 10],
      ['Claim', 40],
    ];
    for (const [label, floor] of floors) expect(await count(`MATCH (n:${label}) RETURN count(n) AS n`), label).toBeGreaterThanOrEqual(floor);
    expect(await count('MATCH ()-[r:SUPPORTS|CONTRADICTS|QUALIFIES|ASSERTS]->() RETURN count(r) AS n')).toBeGreaterThanOrEqual(80);
  });

  test('gives every evidence, assertion and contraindication edge a quote, and evidence a source URL', async () => {
    expect(
      await count("MATCH ()-[r:SUPPORTS|CONTRADICTS|QUALIFIES|ASSERTS|CONTRAINDICATED_IN]->() WHERE coalesce(r.quote, '') = '' RETURN count(r) AS n"),
    ).toBe(0);
    expect(await count("MATCH ()-[r:SUPPORTS|CONTRADICTS|QUALIFIES]->() WHERE NOT r.sourceUrl STARTS WITH 'http' RETURN count(r) AS n")).toBe(0);
  });

  test('keeps every quote: one edge per assertion, contraindication and evidence link in the data', async () => {
    const data = checkSeed(SEED_ROOT);
    const links = data.evidence.reduce((n, e) => n + e.links.length, 0);
    expect(await count('MATCH ()-[r:ASSERTS]->() RETURN count(r) AS n')).toBe(data.assertions.length);
    expect(await count('MATCH ()-[r:CONTRAINDICATED_IN]->() RETURN count(r) AS n')).toBe(data.contraindications.length);
    expect(await count('MATCH ()-[r:SUPPORTS|CONTRADICTS|QUALIFIES]->() RETURN count(r) AS n')).toBe(links);
  });

  test('loading twice leaves node and relationship counts unchanged', async () => {
    const before = await countAll(db);
    await loadSeed(db);
    expect(await countAll(db)).toEqual(before);
  });

  test('a changed record is updated in place, not duplicated', async () => {
    const dir = seedCopyWith('claims.json', (r) => (r[0].statement = 'A reworded statement'));
    const before = await countAll(db);
    await loadSeed(db, dir);
    expect(await countAll(db)).toEqual(before);
    const [row] = await db.read<{ s: string }>('TEST_STATEMENT', 'MATCH (c:Claim) WHERE c.statement = $s RETURN c.statement AS s', {
      s: 'A reworded statement',
    });
    expect(row?.s).toBe('A reworded statement');
    await loadSeed(db);
  });

  test.each(BROKEN_SEEDS)('rejecting $name leaves the database untouched', async ({ file, edit }) => {
    const before = await countAll(db);
    await expect(loadSeed(db, seedCopyWith(file, edit))).rejects.toThrowError(SeedCheckError);
    expect(await countAll(db)).toEqual(before);
  });

  test('rejected data writes nothing into an empty database', async () => {
    await db.write('TEST_CLEAR', 'MATCH (n) DETACH DELETE n');
    await expect(
      loadSeed(
        db,
        seedCopyWith('claims.json', (r) => (r[0].direction = 'CURES')),
      ),
    ).rejects.toThrowError(SeedCheckError);
    expect(await countAll(db)).toEqual({ nodes: 0, relationships: 0 });
    await loadSeed(db);
  });

  test("holds one Boulanger study and shows the article's wrong DOI on the citation", async () => {
    expect(await count("MATCH (s:Study) WHERE toLower(s.title) CONTAINS 'client expectations of massage' RETURN count(s) AS n")).toBe(1);
    const [cites] = await db.read<{ doi: string; discrepancies: string[] }>(
      'TEST_BOULANGER',
      'MATCH (:Source)-[c:CITES]->(s:Study {id: "boulanger2012"}) WHERE c.hasDiscrepancy RETURN s.doi AS doi, c.discrepancies AS discrepancies',
    );
    expect(cites?.doi).toBe('10.3822/ijtmb.v5i3.176');
    expect(cites?.discrepancies.join(' ')).toMatch(/doi/i);
  });

  test('maps the "2010 Furlan" citation onto the one Cochrane review and records why', async () => {
    const [row] = await db.read<{ n: number; discrepancies: string[] }>(
      'TEST_FURLAN',
      'MATCH (:Source)-[c:CITES]->(s:Study {id: "furlan2008cochrane"}) RETURN count(c) AS n, collect(c.discrepancies)[0] AS discrepancies',
    );
    expect(row!.n).toBeGreaterThanOrEqual(1);
    expect(row!.discrepancies.join(' ')).toMatch(/2010/);
  });

  test('loads every relation between studies with its source and note', async () => {
    const data = checkSeed(SEED_ROOT);
    expect(
      await count('MATCH (:Study)-[r:UPDATES|REPUBLISHES|INCLUDES]->(:Study) WHERE r.source STARTS WITH "http" AND r.note <> "" RETURN count(r) AS n'),
    ).toBe(data.relations.length);
    expect(await count('MATCH (:Study {id: "farber2016"})-[:REPUBLISHES]->(:Study {id: "furlan2015cochrane"}) RETURN count(*) AS n')).toBe(1);
  });

  test('links a claim to its comparators with COMPARED_WITH, not ABOUT', async () => {
    const claim = '(c:Claim {id: "massage-as-good-as-exercise-or-alexander-long-term"})';
    expect(await count(`MATCH ${claim}-[:COMPARED_WITH]->(t:Technique) WHERE t.id IN ["exercise-therapy", "alexander-technique"] RETURN count(t) AS n`)).toBe(
      2,
    );
    expect(await count(`MATCH ${claim}-[:ABOUT]->(t:Technique) RETURN count(t) AS n`)).toBe(1);
  });

  test('removes a seeded evidence link that the data no longer lists, and keeps curated ones', async () => {
    await db.write(
      'TEST_CURATED',
      'MATCH (s:Study {id: "kamali2014"}), (c:Claim {id: "massage-is-safe"}) CREATE (s)-[:SUPPORTS {id: "curated-edge", quote: "q"}]->(c)',
    );
    const dir = seedCopyWith('evidence.json', (r) => r.splice(0, 1));
    await loadSeed(db, dir);
    expect(await count('MATCH (:Study {id: "boulanger2012"})-[e:SUPPORTS|CONTRADICTS|QUALIFIES]->() RETURN count(e) AS n')).toBe(0);
    expect(await count('MATCH ()-[e {id: "curated-edge"}]->() RETURN count(e) AS n')).toBe(1);
    await db.write('TEST_CURATED_DROP', 'MATCH ()-[e {id: "curated-edge"}]->() DELETE e');
    await loadSeed(db);
    expect(await count('MATCH (:Study {id: "boulanger2012"})-[e:SUPPORTS]->() RETURN count(e) AS n')).toBe(1);
  });

  test('has at least one claim with both supporting and contradicting studies', async () => {
    expect(await count('MATCH (c:Claim) WHERE (c)<-[:SUPPORTS]-(:Study) AND (c)<-[:CONTRADICTS]-(:Study) RETURN count(c) AS n')).toBeGreaterThanOrEqual(1);
  });
});
