import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { createApp, type App } from '../../server/src/app.js';
import { silentLog } from '../../server/src/log.js';
import type { Db } from '../../server/src/db/db.js';
import { codes, createSeededApp, gql, TEST_TOKEN } from './api-client.js';

let db: Db;
let app: App;
beforeAll(async () => ({ db, app } = await createSeededApp()));
afterAll(() => db.close());

const get = (path: string, headers: Record<string, string> = {}) => app.fetch(`http://localhost${path}`, { headers });

describe('browser-side defence', () => {
  test.each([
    ['the page', '/', {}],
    ['the GraphQL API', '/graphql?query=%7Bcounts%7Bnodes%7Blabel%7D%7D%7D', { accept: 'application/json' }],
    ['a citation download', '/export/citations?ids=cherkin2011&format=ris', {}],
    ['an error', '/export/citations?format=nonsense', {}],
  ])('%s carries a strict CSP, nosniff, frame-ancestors none and a referrer policy', async (_, path, headers) => {
    const res = await get(path, headers);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('style-src-elem')).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:|\*/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  test('GraphiQL is a page of this server: no inline script, no other host', async () => {
    const res = await get('/graphql', { accept: 'text/html' });
    const html = await res.text();
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('/graphiql/yoga-graphiql.umd.js');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const asset of ['/graphiql/yoga-graphiql.umd.js', '/graphiql/graphiql.css', '/graphiql/setup.js', '/graphiql/start.js', '/graphiql/monacoeditorwork/graphql.worker.bundle.js']) {
      expect((await get(asset)).status, asset).toBe(200);
    }
  });

  test('CORS: no other origin is allowed by default, and never with credentials', async () => {
    const res = await app.fetch('http://localhost/graphql', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  test('CORS: a configured origin is allowed without credentials; another is not', async () => {
    const target = inject('neo4j');
    const config = loadConfig({ NEO4J_URI: target.uri, EVIGRAPH_CORS_ORIGINS: 'https://allowed.example' });
    const open = createApp({ config, db, log: silentLog });
    const ask = (origin: string) => open.fetch('http://localhost/graphql', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    const ok = await ask('https://allowed.example');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    expect(ok.headers.get('access-control-allow-credentials')).not.toBe('true');
    expect((await ask('https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });

  test('failed token attempts are rate-limited per client: RATE_LIMITED after 10, even for the right token', async () => {
    const bad = { authorization: 'Bearer not-the-token-not-the-token' };
    const attempt = (headers: Record<string, string>) => gql(app, 'mutation { deleteStudy(id: "cherkin2011") { id } }', undefined, headers);
    for (let i = 0; i < 10; i++) expect(codes(await attempt(bad))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await attempt(bad))).toEqual(['RATE_LIMITED']);
    expect(codes(await attempt({ authorization: `Bearer ${TEST_TOKEN}` }))).toEqual(['RATE_LIMITED']);
    expect(codes(await gql(app, '{ study(id: "cherkin2011") { id } }'))).toEqual([]);
  });
});

describe('static paths and bounded input', () => {
  test.each(['/foo%', '/%E0%A4%A', '/assets/%zz.js'])('a malformed escape in %s is 400, with no stack', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/\bat .+:\d+|\/src\/|node_modules/);
  });

  test('a 1 MB id is BAD_USER_INPUT naming the argument, and is not echoed back', async () => {
    const id = 'x'.repeat(1_000_000);
    const res = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id } }),
    });
    const body = await res.text();
    expect(JSON.parse(body).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(body.length).toBeLessThan(2_000);
  });

  test.each([
    ['search text', '{ search(text: $v) { kind } }', 'String!', 'text', 501],
    ['an entity filter', '{ techniques(filter: {nameContains: $v}) { totalCount } }', 'String!', 'filter.nameContains', 201],
    ['a study title in an update', 'mutation { updateStudy(id: "cherkin2011", input: {title: $v}) { id } }', 'String!', 'input.title', 2_001],
    ['a quote', 'mutation { updateEvidence(id: "a.b.c", input: {quote: $v}) { id } }', 'String!', 'input.quote', 5_001],
  ])('%s over its cap is BAD_USER_INPUT naming %s', async (_, body, type, field, length) => {
    const [op, rest] = body.startsWith('mutation') ? ['mutation', body.slice('mutation '.length)] : ['query', body];
    const r = await gql(app, `${op}($v: ${type}) ${rest}`, { v: 'y'.repeat(length) }, { authorization: `Bearer ${TEST_TOKEN}` });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  test('an export naming 1,000 missing studies answers a small NOT_FOUND', async () => {
    const ids = Array.from({ length: 1_000 }, (_, i) => `missing-${i}-${'m'.repeat(180)}`);
    const r = await gql(app, 'query($ids: [ID!]) { citations(ids: $ids, format: RIS) { content } }', { ids });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(r.errors).length).toBeLessThan(5_000);
    expect(r.errors![0]!.message).toContain('and 990 more');
  });

  test('NOT_FOUND quotes a long id cut short', async () => {
    const r = await gql(app, 'query($id: ID!) { study(id: $id) { id } }', { id: 'z'.repeat(190) });
    const message = r.errors?.[0]?.message ?? '';
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(message).toContain('(190 characters)');
    expect(message.length).toBeLessThan(200);
  });
});
