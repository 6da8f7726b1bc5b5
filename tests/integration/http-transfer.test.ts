import fs from 'node:fs';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { WEB_DIST } from '../../server/src/plugins/static-web.js';
import { createSeededApp } from './api-client.js';

let db: Db;
let app: App;
beforeAll(async () => ({ db, app } = await createSeededApp()));
afterAll(() => db.close());

const get = (path: string, headers: Record<string, string> = {}) => app.fetch(`http://localhost${path}`, { headers, redirect: 'manual' });
/** The page's main script, as the built index.html names it. */
const mainScript = () => /src="(\/assets\/[^"]+\.js)"/.exec(fs.readFileSync(`${WEB_DIST}index.html`, 'utf8'))![1]!;

describe('the page loads compressed and cached (issue 20)', () => {
  test('the script comes brotli-compressed to a browser that accepts it, gzip to one that accepts only gzip, and decodes to the file', async () => {
    const script = mainScript();
    const raw = fs.readFileSync(`${WEB_DIST}${script.slice(1)}`);
    const br = await get(script, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('accept-encoding');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(raw.length / 2);
    expect(zlib.brotliDecompressSync(brBytes).equals(raw)).toBe(true);
    const gz = await get(script, { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(zlib.gunzipSync(Buffer.from(await gz.arrayBuffer())).equals(raw)).toBe(true);
    const plain = await get(script, { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  test('hashed assets are cached for a year, immutably; the page itself is revalidated', async () => {
    expect((await get(mainScript())).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/')).headers.get('cache-control')).toBe('no-cache');
    expect((await get('/claim/whatever')).headers.get('cache-control')).toBe('no-cache');
  });
});

describe('GraphiQL at one address (issue 20)', () => {
  test('/graphiql redirects to /graphql, which a browser gets as GraphiQL', async () => {
    const res = await get('/graphiql');
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('/graphql');
    expect(await (await get('/graphql', { accept: 'text/html' })).text()).toContain('evigraph GraphiQL');
  });

  test('GraphiQL opens with an example query that this schema answers', async () => {
    const start = await (await get('/graphiql/start.js')).text();
    const query = /defaultQuery: \[([\s\S]*?)\]\.join/.exec(start)![1]!.split('\n').map((l) => l.trim().replace(/^'|',?$/g, '')).join('\n');
    const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.claims.nodes.length).toBeGreaterThan(0);
  });
});
