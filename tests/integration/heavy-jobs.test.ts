import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { createApp, type App } from '../../server/src/app.js';
import { silentLog } from '../../server/src/log.js';
import type { Db } from '../../server/src/db/db.js';
import { createHeavyPool, type HeavyPool } from '../../server/src/heavy/heavy-pool.js';
import { codes, createSeededApp, gql, TEST_TOKEN } from './api-client.js';

let db: Db;
let app: App;
const auth = { authorization: `Bearer ${TEST_TOKEN}` };
const IMPORT = `mutation($content: String!) { importCitations(format: BIBTEX, content: $content) { added { id } } }`;

/** A BibTeX file of `n` distinct entries, each padded with an abstract (not stored) to `bytesEach`. */
function bibtex(prefix: string, n: number, bytesEach = 200): string {
  const pad = 'lorem ipsum '.repeat(Math.max(0, Math.ceil((bytesEach - 150) / 12)));
  return Array.from(
    { length: n },
    (_, i) => `@article{${prefix}${i},\n  title = {Heavy study ${prefix} number ${i}},\n  author = {Doe, Jane and Roe, Richard},\n  year = {2001},\n  abstract = {${pad}}\n}\n`,
  ).join('\n');
}

/** The time /health takes to answer, while other work runs. */
async function healthMs(): Promise<number> {
  const started = performance.now();
  const res = await app.fetch('http://localhost/health');
  expect(res.status).toBe(200);
  return performance.now() - started;
}

beforeAll(async () => {
  ({ db, app } = await createSeededApp());
  const added = await gql(app, IMPORT, { content: bibtex('thousand', 1_000) }, auth);
  expect(codes(added)).toEqual([]);
}, 600_000);
afterAll(() => db.close());

describe('heavy work runs off the request thread', () => {
  test('/health answers within 200 ms while a 1,000-study APA export and a 10 MB import run', async () => {
    const ids = (await db.read<{ id: string }>('T_IDS', "MATCH (s:Study) WHERE s.id STARTS WITH 'thousand' RETURN s.id AS id")).map((r) => r.id);
    expect(ids).toHaveLength(1_000);
    const big = bibtex('tenmb', 1_000, 10_200);
    expect(big.length).toBeGreaterThan(10_000_000);
    let running = true;
    const jobs = Promise.all([
      gql(app, `query($ids: [ID!]) { citations(ids: $ids, format: APA) { content } }`, { ids }),
      gql(app, IMPORT, { content: big }, auth),
    ]).finally(() => (running = false));
    const samples: number[] = [];
    while (running) {
      samples.push(await healthMs());
      await new Promise((r) => setTimeout(r, 50));
    }
    const [exported, imported] = await jobs;
    expect(codes(exported)).toEqual([]);
    expect(exported.data.citations.content.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(1_000);
    expect(codes(imported)).toEqual([]);
    expect(imported.data.importCitations.added).toHaveLength(1_000);
    console.log(`/health during the jobs: ${samples.length} samples, slowest ${Math.round(Math.max(...samples))} ms`);
    expect(samples.length).toBeGreaterThan(3);
    expect(Math.max(...samples)).toBeLessThan(200);
  }, 600_000);

  test('beyond the cap of concurrent heavy jobs, an export is refused at once with BUSY, and the download says 503 retry', async () => {
    const heavy: HeavyPool = createHeavyPool({ threads: 1, queue: 0 });
    const target = inject('neo4j');
    const busyApp = createApp({ config: loadConfig({ NEO4J_URI: target.uri }), db, log: silentLog, heavy });
    try {
      const ids = (await db.read<{ id: string }>('T_IDS', "MATCH (s:Study) WHERE s.id STARTS WITH 'thousand' RETURN s.id AS id LIMIT 300")).map((r) => r.id);
      const ask = () => gql(busyApp, `query($ids: [ID!]) { citations(ids: $ids, format: APA) { content } }`, { ids });
      const results = await Promise.all([ask(), ask(), ask()]);
      const outcome = results.map((r) => codes(r)[0] ?? 'ok');
      expect(outcome).toContain('ok');
      expect(outcome).toContain('BUSY');
      expect(results.find((r) => codes(r)[0] === 'BUSY')!.errors![0]!.message).toMatch(/busy.*retry/i);

      const download = () => busyApp.fetch(`http://localhost/export/citations?format=apa&ids=${ids.join(',')}`);
      const statuses = await Promise.all([download(), download(), download()]);
      const busy = statuses.find((r) => r.status === 503);
      expect(busy?.headers.get('retry-after')).toBe('5');
    } finally {
      await heavy.close();
    }
  }, 300_000);

  test('an import file with a bad entry is refused from the worker with its code and entry', async () => {
    const r = await gql(app, IMPORT, { content: '@article{future2999, title = {T}, year = {2999}}' }, auth);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', entry: expect.stringContaining('future2999') });
  });
});
