import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare, compareSideBySide, ratioOf, withRatios, type Contender } from '../../bench/compare.js';
import { NEO4J_GRAPHQL_OPERATIONS } from '../../bench/neo4j-graphql-operations.js';
import type { Operation } from '../../bench/operations.js';

const op = (name: string): Operation => ({ name, query: '{ __typename }', variables: {}, floorPath: '/x' });

describe('compareSideBySide', () => {
  it('runs each operation on every contender that answers it, in order, and keeps each one figures by name', async () => {
    const calls: string[] = [];
    const contender = (name: string, answers: (o: Operation) => boolean): Contender => ({
      name,
      call: (o) => (answers(o) ? async () => void calls.push(`${name}:${o.name}`) : null),
    });
    const rows = await compareSideBySide(
      [contender('a', () => true), contender('b', (o) => o.name !== 'second'), contender('c', () => true)],
      [op('first'), op('second')],
      [2],
      0.02,
      0,
      () => {},
    );
    expect(rows.map((r) => [r.operation, r.clients, Object.keys(r.figures)])).toEqual([
      ['first', 2, ['a', 'b', 'c']],
      ['second', 2, ['a', 'c']],
    ]);
    expect(rows.every((r) => Object.values(r.figures).every((f) => f.requests > 0 && f.errors === 0))).toBe(true);
    expect(calls).not.toContain('b:second');
    // Contenders take turns: every call of `a` on an operation precedes the first of `c`.
    expect(calls.indexOf('c:first')).toBeGreaterThan(calls.lastIndexOf('a:first'));
  });

  it('gives no ratio when the divisor is missing or answered nothing', () => {
    const f = { perSecond: 10, p50: 1, p95: 1, p99: 1, requests: 10, errors: 0 };
    expect(ratioOf(f, { ...f, perSecond: 4 })).toBe(2.5);
    expect(ratioOf(f, undefined)).toBeNaN();
    expect(ratioOf(f, { ...f, perSecond: 0 })).toBeNaN();
  });

  it('names each ratio of two contenders, and gives none where one did not run', () => {
    const f = (perSecond: number) => ({ perSecond, p50: 1, p95: 1, p99: 1, requests: 1, errors: 0 });
    const [row] = withRatios([{ operation: 'x', clients: 8, figures: { a: f(10), b: f(4), c: f(5) } }], {
      aOverB: ['a', 'b'],
      cOverA: ['c', 'a'],
      aOverD: ['a', 'd'],
    });
    expect(row!.ratios.aOverB).toBe(2.5);
    expect(row!.ratios.cOverA).toBe(0.5);
    expect(row!.ratios.aOverD).toBeNaN();
    expect(row!.figures.a!.perSecond).toBe(10);
  });
});

describe('compare (npm run bench)', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(req.method === 'POST' ? '{"data":{"__typename":"Query"}}' : '[]');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('keeps its row shape (evigraph, floor, ratio) and logs one table row per measurement', async () => {
    const lines: string[] = [];
    const rows = await compare(base, base, [op('one')], [1, 2], 0.02, 0, (m) => lines.push(m));
    expect(rows.map((r) => Object.keys(r).sort())).toEqual([
      ['clients', 'evigraph', 'floor', 'operation', 'ratio'],
      ['clients', 'evigraph', 'floor', 'operation', 'ratio'],
    ]);
    expect(rows.every((r) => r.evigraph.requests > 0 && r.floor.requests > 0 && Number.isFinite(r.ratio))).toBe(true);
    expect(lines.filter((l) => l.startsWith('| one | '))).toHaveLength(2);
    expect(lines).toContain('warming up: one');
  });
});

describe('the @neo4j/graphql answer check', () => {
  const map = NEO4J_GRAPHQL_OPERATIONS['evidence map']!;
  const study = (id: string, rel: Partial<Record<'updates' | 'republishes' | 'includes', string[]>> = {}) => ({
    id,
    updates: (rel.updates ?? []).map((x) => ({ id: x })),
    republishes: (rel.republishes ?? []).map((x) => ({ id: x })),
    includes: (rel.includes ?? []).map((x) => ({ id: x })),
  });
  const claims = {
    claims: [
      {
        id: 'c1',
        techniques: [{ id: 't' }],
        conditions: [{ id: 'k' }],
        supportedBy: [study('a'), study('b', { republishes: ['a'] })],
        contradictedBy: [study('c')],
        qualifiedBy: [],
      },
      { id: 'c2', techniques: [{ id: 't' }], conditions: [{ id: 'j' }], supportedBy: [], contradictedBy: [], qualifiedBy: [] },
    ],
  };
  const cells = (tk: number, tj: number) => ({
    evidenceMap: {
      cells: [
        { row: 't', column: 'k', studies: tk },
        { row: 't', column: 'j', studies: tj },
      ],
    },
  });

  it('counts a cell as evigraph does: a republication once, a claim without evidence as an empty cell', () => {
    expect(map.differences(cells(2, 0), claims)).toEqual([]);
  });

  it('names a cell whose count differs', () => {
    expect(map.differences(cells(3, 0), claims).join()).toContain('t × k: 3');
  });

  it('names a claim field that differs', () => {
    const claim = NEO4J_GRAPHQL_OPERATIONS['claim with evidence']!;
    const none = { edges: [] };
    const evigraph = { claim: { statement: 'S', techniques: [{ id: 't' }], conditions: [], evidence: [], assertedBy: [] } };
    const ngql = (statement: string) => ({
      claims: [
        {
          statement,
          techniques: [{ id: 't' }],
          conditions: [],
          supportedByConnection: none,
          contradictedByConnection: none,
          qualifiedByConnection: none,
          assertedByConnection: none,
        },
      ],
    });
    expect(claim.differences(evigraph, ngql('S'))).toEqual([]);
    expect(claim.differences(evigraph, ngql('T')).join()).toContain('statement');
  });
});
