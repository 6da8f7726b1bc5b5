import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { createSeededApp, TEST_TOKEN } from './api-client.js';

// A different seed every run unless FUZZ_SEED is set; the seed is printed so a failure can be replayed.
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const REQUESTS = 300;

/** mulberry32: a small seeded generator, so a run is reproducible from its seed. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}

const STACK = /\n\s+at .+:\d+:\d+|node_modules|\/src\/\w|\.ts:\d+|\bTypeError\b|\bNeo4jError\b/;

let db: Db;
let app: App;
beforeAll(async () => ({ db, app } = await createSeededApp()));
afterAll(() => db.close());

describe(`fuzzing the HTTP API (seed ${SEED}; replay with FUZZ_SEED=${SEED})`, () => {
  test(`${REQUESTS} random requests: no 5xx and no stack trace or file path in any answer`, async () => {
    console.log(`fuzz seed ${SEED}`);
    const r = generator(SEED);
    const CHARS = ['a', 'Z', '0', '-', '.', ' ', '%', '%2', '%zz', '\u0000', '\u001b[31m', '"', "'", '\\', '{', '}', '(', ')', '*', '~', '\u00e9', '\u{1F600}', '\ud800', '<script>', '$', '`', '\n', '/', '..', 'OR 1=1', '//'];
    // A lone surrogate cannot be %-encoded; it goes as the (invalid UTF-8) escape it would be.
    const enc = (v: string) => {
      try {
        return encodeURIComponent(v);
      } catch {
        return '%ED%A0%80';
      }
    };
    const text = (max: number) => Array.from({ length: r.int(max) }, () => r.pick(CHARS)).join('');
    const value = (): unknown =>
      r.pick([
        () => text(40),
        () => 'x'.repeat(r.pick([0, 1, 199, 201, 501, 5_001, 100_000])),
        () => r.int(2 ** 31) * (r.next() < 0.5 ? -1 : 1),
        () => r.next() * 1e308,
        () => null,
        () => true,
        () => [text(10), text(10)],
        () => ({ nested: text(10) }),
        () => r.pick(['cherkin2011', 'boulanger2012', 'massage', 'cherkin2011.f0.x', 'chronic-low-back-pain']),
      ])();
    const OPERATIONS = [
      'query($v: String!) { search(text: $v) { kind text } }',
      'query($v: ID!) { node(id: $v) { id label } }',
      'query($v: ID!) { study(id: $v) { id title evidence { id stance } } }',
      'query($v: ID!) { claim(id: $v) { id summary { certainty } } }',
      'query($v: [ID!]!) { neighbourhood(ids: $v) { nodes { id } } }',
      'query($v: ID!) { paths(from: $v, to: "massage") { nodes { id } } }',
      'query($v: String) { studies(after: $v) { totalCount } }',
      'query($v: Int) { studies(first: $v) { totalCount } }',
      'query($v: String) { techniques(filter: {nameContains: $v}) { totalCount } }',
      'query($v: [ID!]) { citations(ids: $v, format: APA) { content } }',
      'query($v: String) { changes(since: $v) { id } }',
      'query($v: NodeKind!) { evidenceMap(rows: $v) { rows { id } } }',
      'mutation($v: String!) { createStudy(input: {id: $v, title: $v, authors: [$v], year: 2000, design: RCT}) { id } }',
      'mutation($v: ID!) { updateEvidence(id: $v, input: {stance: CONTRADICTS}) { id } }',
      'mutation($v: String!) { importCitations(format: BIBTEX, content: $v) { added { id } } }',
      'mutation($v: String!) { importCitations(format: RIS, content: $v) { added { id } } }',
      '{ __typename ' + '{'.repeat(3),
      '{ a: counts { nodes { label } } b: counts { nodes { label } } }',
      'query { node(id: "' + '\\u0000' + '") { id } }',
    ];
    const bodyOf = () =>
      r.pick([
        () => JSON.stringify({ query: r.pick(OPERATIONS), variables: { v: value() } }),
        () => JSON.stringify({ query: r.pick(OPERATIONS), variables: value() }),
        () => JSON.stringify({ query: value() }),
        () => text(80),
        () => '{"query": "{ counts { nodes { label } } }", "variables": ' + text(10),
        () => JSON.stringify({ query: 'mutation($v: String!) { importCitations(format: BIBTEX, content: $v) { added { id } } }', variables: { v: `@article{${text(20)}, title = {${text(50)}}, year = {${r.int(4000)}}, url = {${r.pick(['javascript:alert(1)', 'http://ok.example', text(20)])}}}` } }),
      ])();
    const pathOf = () =>
      r.pick([
        () => `/${text(20)}`,
        () => `/${r.pick(['foo%', '%', '%E0%A4%A', '..%2F..%2Fetc%2Fpasswd', 'assets/%zz', 'x'.repeat(5_000), '%00'])}`,
        () => `/export/citations?format=${enc(text(8))}&ids=${enc(text(30))}&claimId=${enc(text(30))}`,
        () => `/export/citations?format=${r.pick(['apa', 'ris', 'bibtex', 'csl-json', 'vancouver'])}&ids=${r.pick(['cherkin2011', 'nope', text(10)])}`,
        () => `/graphql?query=${enc(r.pick(OPERATIONS))}&variables=${enc(JSON.stringify({ v: value() }))}`,
        () => r.pick(['/health', '/ready', '/graphiql/start.js', '/graphiql/nothing', '/graphql']),
      ])();

    const failures: string[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const post = r.next() < 0.6;
      const headers: Record<string, string> = {};
      if (post) headers['content-type'] = r.pick(['application/json', 'application/json', 'text/plain', 'application/graphql', 'multipart/form-data']);
      if (r.next() < 0.3) headers.authorization = r.pick([`Bearer ${TEST_TOKEN}`, 'Bearer nope', `Basic ${text(10)}`, text(20).replace(/[^\x20-\x7e]/g, '')]);
      if (r.next() < 0.2) headers.accept = r.pick(['text/html', 'application/graphql-response+json', '*/*', text(10).replace(/[^\x20-\x7e]/g, '')]);
      const url = `http://localhost${post ? '/graphql' : pathOf()}`;
      const method = post ? 'POST' : r.pick(['GET', 'GET', 'HEAD', 'DELETE', 'OPTIONS']);
      let res: Response;
      try {
        res = await app.fetch(url, { method, headers, body: post ? bodyOf() : undefined });
      } catch (err) {
        // The client itself (not the server) refused to build this request: nothing to test.
        if (err instanceof TypeError) continue;
        throw err;
      }
      const body = await res.text();
      if (res.status >= 500 || STACK.test(body)) failures.push(`#${i} ${method} ${JSON.stringify(headers)} ${res.status} ${url.slice(0, 120)}: ${body.slice(0, 300)}`);
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
