import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import neo4j from 'neo4j-driver';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { createSeededApp, dataOf, gql } from './api-client.js';
import fs from 'node:fs';
import path from 'node:path';
import * as getNodesByIds from '../../server/src/queries/get-nodes-by-ids.js';

const SERVER_SRC = new URL('../../server/src/', import.meta.url).pathname;
// Entry points run on import (they start servers or parse argv); generated code holds no Cypher.
const NOT_IMPORTED = /^(main\.ts|cli\/|generated\/)|\.d\.ts$/;

/** Every module under server/src, found on disk: a new module's statements are checked without editing this list. */
const MODULES: Record<string, Record<string, unknown>> = Object.fromEntries(
  await Promise.all(
    fs
      .readdirSync(SERVER_SRC, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !NOT_IMPORTED.test(f.split(path.sep).join('/')))
      .map(async (f) => [f, (await import(path.join(SERVER_SRC, f))) as Record<string, unknown>]),
  ),
);

const isCypher = (v: unknown): v is string => typeof v === 'string' && /\b(MATCH|CALL|CREATE|UNWIND)\b/.test(v);

/** Every named Cypher statement under server/src: SCREAMING_SNAKE string constants and records of them. */
const STATEMENTS: Array<[string, string]> = [
  // A constant re-exported by another module is one statement.
  ...new Map(
    Object.values(MODULES).flatMap((mod) =>
      Object.entries(mod).flatMap(([name, value]): Array<[string, string]> => {
        if (!/^[A-Z][A-Z_]+$/.test(name)) return [];
        if (isCypher(value)) return [[name, value]];
        if (value && typeof value === 'object' && !Array.isArray(value))
          return Object.entries(value)
            .filter(([, v]) => isCypher(v))
            .map(([k, v]) => [`${name}.${k}`, v as string]);
        return [];
      }),
    ),
  ),
];

/** Statements that read a whole label by design (lists, counts, the start-up migration over every evidence edge); every other statement starts from an id, the full-text index or an index scan (the map). */
// FIND_STUDY_CANDIDATES compares DOIs without case, which no index serves (once per curator look-up);
// REMOVE_UNMARKED_SEEDED_EVIDENCE reads every evidence edge once per seed load to drop edges from before questions.
const WHOLE_LABEL = /^(LIST_|COUNT_|REMOVE_CROSS_STANCE_DUPLICATES$|FIND_STUDY_CANDIDATES$|REMOVE_UNMARKED_SEEDED_EVIDENCE$)/;
const SCANS = new Set(['NodeByLabelScan', 'AllNodesScan']);

interface Plan {
  operatorType: string;
  children: Plan[];
}
const operators = (p: Plan): string[] => [p.operatorType.replace(/@.*$/, ''), ...p.children.flatMap(operators)];

let db: Db;
let app: App;

beforeAll(async () => ({ db, app } = await createSeededApp()));
afterAll(() => db.close());

describe('every Cypher statement, EXPLAIN-ed on the real database', () => {
  test('the list covers reads, graph statements and writes', () => {
    expect(STATEMENTS.length).toBeGreaterThan(40);
    expect(STATEMENTS.map(([n]) => n)).toEqual(
      expect.arrayContaining([
        'SEARCH_NODES',
        'GET_NODES_BY_IDS',
        'GET_NEIGHBOURHOOD.3',
        'CREATE_STUDY',
        'MOVE_EVIDENCE.QUALIFIES',
        'FIND_IMPORT_CANDIDATES',
        'FIND_TAKEN_IDS',
        'GET_STUDIES_FOR_CITATION',
        'MERGE_CLAIM_LINKS',
        'GET_STUDY_RELATIONS',
        'GET_CLAIMS_COMPARED_WITH',
        'REMOVE_STALE_EVIDENCE.SUPPORTS',
        'REPLACE_RELATIONS.INCLUDES',
      ]),
    );
  });

  test('the detector sees a scan where one happens, and an index seek in the id lookup', async () => {
    const plan = async (cypher: string) => {
      const session = db.driver.session();
      try {
        return operators((await session.run(`EXPLAIN ${cypher}`)).summary.plan as unknown as Plan);
      } finally {
        await session.close();
      }
    };
    expect(await plan('MATCH (n {id: $id}) RETURN n')).toContain('AllNodesScan');
    expect((await plan(getNodesByIds.GET_NODES_BY_IDS)).some((o) => /IndexSeek/.test(o))).toBe(true);
  });

  test.each(STATEMENTS)('%s plans, and without a label scan unless it lists a whole label', async (name, cypher) => {
    const session = db.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      const result = await session.run(`EXPLAIN ${cypher}`, {});
      const ops = operators(result.summary.plan as unknown as Plan);
      expect(ops.length).toBeGreaterThan(0);
      if (!WHOLE_LABEL.test(name)) expect(ops.filter((o) => SCANS.has(o))).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('no N+1', () => {
  const CLAIMS = `query($n: Int) { claims(first: $n) { nodes { id statement
    techniques { id name } conditions { id }
    evidence { stance quote study { id title design } }
    assertedBy { source { id } }
    summary { balance certainty } } } }`;

  test('20 claims with their studies and techniques take as many round trips as 5', async () => {
    const trips = async (n: number) => {
      const before = db.roundTrips();
      const { claims } = dataOf(await gql(app, CLAIMS, { n }));
      expect(claims.nodes).toHaveLength(n);
      return db.roundTrips() - before;
    };
    const five = await trips(5);
    const twenty = await trips(20);
    expect(twenty).toBe(five);
    expect(five).toBeLessThanOrEqual(5);
  });

  test('a claim with its links, evidence, assertions and summary is one round trip', async () => {
    const Q = `query($id: ID!) { claim(id: $id) { statement techniques { id } conditions { id } outcomes { id } mechanisms { id }
      evidence { stance quote timepoint study { id title year design sampleSize } }
      assertedBy { quote source { title } } summary { balance certainty reason contested assertedNotStudied } } }`;
    const before = db.roundTrips();
    const { claim } = dataOf(await gql(app, Q, { id: 'massage-reduces-pain-chronic-lbp-short-term' }));
    expect(db.roundTrips() - before).toBe(1);
    expect(claim.evidence.length).toBeGreaterThan(0);
    expect(claim.techniques.length).toBeGreaterThan(0);
  });

  test('nested lists of a technique and its claims batch the same way', async () => {
    const Q = `query($n: Int) { techniques(first: $n) { nodes { claims { id evidence { study { id } } } mechanisms { id } usedFor { id } contraindications { id } parts { id } } } }`;
    const trips = async (n: number) => {
      const before = db.roundTrips();
      dataOf(await gql(app, Q, { n }));
      return db.roundTrips() - before;
    };
    expect(await trips(20)).toBe(await trips(3));
  });
});
