import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serverAudits } from 'graphql-http';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { LIMITS } from '../../server/src/plugins/limits.js';
import { codes, createSeededApp, dataOf, gql } from './api-client.js';
import * as WEB from '../../web/src/api/queries.js';

let db: Db;
let app: App;

beforeAll(async () => ({ db, app } = await createSeededApp()));
afterAll(() => db.close());

const nest = (levels: number) => {
  let body = 'id';
  for (let i = 0; i < levels; i++) body = i % 2 === 0 ? `evidence { study { ${body} } }` : `evidence { claim { ${body} } }`;
  return `{ claim(id: "massage-reduces-pain-chronic-lbp-short-term") { ${body} } }`;
};

describe('limits', () => {
  test('a query deeper than the depth limit is QUERY_TOO_COMPLEX', async () => {
    expect(codes(await gql(app, nest(5)))).toEqual(['QUERY_TOO_COMPLEX']);
  });

  test('a claim with evidence, studies and their citations stays inside the limits', async () => {
    const r = await gql(app, `{ claim(id: "massage-reduces-pain-chronic-lbp-short-term") { statement
      evidence { stance quote study { id title authors citedBy { printed source { title } } } }
      assertedBy { source { title } } summary { balance certainty byDesign { design count } } } }`);
    expect(r.errors).toBeUndefined();
  });

  test('more aliases than allowed is QUERY_TOO_COMPLEX', async () => {
    const many = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: counts { nodes { count } }`).join(' ');
    expect(codes(await gql(app, `{ ${many} }`))).toEqual(['QUERY_TOO_COMPLEX']);
  });

  test('a query within the depth, alias and token limits but over the cost limit is QUERY_TOO_COMPLEX', async () => {
    // Depth 8 (allowed), no aliases, ~300 tokens: only its cost (a repeated wide selection) is over the limit.
    const claim = 'claim { id label statement direction techniques { id name label description category } conditions { id name label description } outcomes { id name label } }';
    const study = `study { id title year doi pmid journal volume issue pages url population evidence { id quote stance timepoint ${claim} } }`;
    const block = `evidence { id quote stance timepoint effect sourceUrl ${study} }`;
    const q = `{ claims(first: 5) { nodes { ${Array.from({ length: 5 }, () => block).join(' ')} } } }`;
    expect(codes(await gql(app, q))).toEqual(['QUERY_TOO_COMPLEX']);
    const once = await gql(app, `{ claims(first: 5) { nodes { ${block} } } }`);
    expect(codes(once)).toEqual([]);
  });

  test('a document with too many tokens is QUERY_TOO_COMPLEX', async () => {
    const q = `{ ${Array.from({ length: LIMITS.maxTokens }, () => '__typename').join(' ')} }`;
    expect(codes(await gql(app, q))).toEqual(['QUERY_TOO_COMPLEX']);
  });

  test.each(Object.entries(WEB).filter(([, v]) => typeof v === 'string' && /\b(query|mutation)\b/.test(v as string)))(
    'the web page operation %s passes the limits',
    async (_, doc) => {
      const r = await gql(app, doc as string, {});
      expect(codes(r).filter((c) => c === 'QUERY_TOO_COMPLEX')).toEqual([]);
    },
  );

  test('every error carries a code: syntax, validation, variables', async () => {
    for (const q of ['{', '{ nope }', 'query($n: Int) { search(text: "x", first: $n) { kind } }']) {
      const r = await gql(app, q, { n: 'x' });
      expect(r.errors!.length).toBeGreaterThan(0);
      for (const e of r.errors!) {
        expect(typeof e.extensions.code).toBe('string');
        expect(e.extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
      }
    }
  });

  test('GraphiQL is served at /graphql to a browser', async () => {
    const res = await app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/graphiql/i);
  });
});

describe('GraphQL over HTTP conformance (graphql-http serverAudits)', () => {
  const audits = serverAudits({ url: 'http://localhost/graphql', fetchFn: (input: string, init: RequestInit) => app.fetch(input, init) });
  test.each(audits.filter((a) => a.name.startsWith('MUST')).map((a) => [a.name, a] as const))('%s', async (_, audit) => {
    const result = await audit.fn();
    expect(result, 'reason' in result ? result.reason : '').toMatchObject({ status: 'ok' });
  });
});

describe('the limits the page reads from serverInfo', () => {
  test('are the caps the server enforces on a neighbourhood', async () => {
    const { serverInfo } = dataOf(await gql(app, WEB.PAGE_LIMITS));
    const start = 'massage-reduces-pain-chronic-lbp-short-term';
    const at = await gql(app, WEB.NEIGHBOURHOOD_GRAPH, { ids: [start], limit: serverInfo.maxGraphNodes });
    expect(at.errors).toBeUndefined();
    expect(codes(await gql(app, WEB.NEIGHBOURHOOD_GRAPH, { ids: [start], limit: serverInfo.maxGraphNodes + 1 }))).toEqual(['BAD_USER_INPUT']);
    const ids = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? start : `no-such-node-${i}`));
    expect(codes(await gql(app, WEB.NEIGHBOURHOOD_GRAPH, { ids: ids(serverInfo.maxStartIds + 1) }))).toEqual(['BAD_USER_INPUT']);
    expect((await gql(app, WEB.NEIGHBOURHOOD_GRAPH, { ids: ids(serverInfo.maxStartIds) })).errors).toBeUndefined();
  });
});
