import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../server/src/config.js';
import { createDb } from '../server/src/db/db.js';
import { silentLog } from '../server/src/log.js';
import { provisionNeo4j } from '../server/src/neo4j/provision.js';
import { createApp } from '../server/src/app.js';
import { listen } from '../server/src/http-server.js';
import { loadSeed } from '../server/src/seed/load-seed.js';
import { medianMs, throughput } from './timing.js';

/**
 * API cost over real HTTP against the seeded graph, as ratios to a trivial
 * `{ __typename }` request measured in the same run (and, for scale, to /health).
 * Asserts nothing; writes bench/results/api.json.
 */
const config = loadConfig({
  ...process.env,
  PORT: '0',
  NEO4J_BOLT_PORT: process.env.BENCH_NEO4J_BOLT_PORT ?? '7689',
  NEO4J_HTTP_PORT: process.env.BENCH_NEO4J_HTTP_PORT ?? '7479',
});
const neo4jServer = await provisionNeo4j(config, (m) => console.log(m), process.env.BENCH_NEO4J_INSTANCE ?? 'bench');
const db = createDb(neo4jServer, silentLog);
await db.write('BENCH_CLEAR', 'MATCH (n) DETACH DELETE n');
await loadSeed(db);
const http = await listen(createApp({ config, db, log: silentLog }), config);
const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

async function post(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`benchmark operation failed: ${JSON.stringify(body.errors)}`);
}

const OPERATIONS: Record<string, [string, Record<string, unknown>?]> = {
  search: ['query($t: String!) { search(text: $t, first: 20) { kind score text node { id label } } }', { t: 'sweedish massage back pain' }],
  claimWithEvidence: [
    `query($id: ID!) { claim(id: $id) { statement techniques { id } conditions { id }
      evidence { stance quote timepoint effect study { id title year design sampleSize } }
      assertedBy { quote source { title } } summary { balance certainty reason contested assertedNotStudied } } }`,
    { id: 'massage-reduces-pain-chronic-lbp-short-term' },
  ],
  neighbourhoodDepth2: ['query($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 2, limit: 300) { omittedNodes nodes { data { id kind label weight degree } classes } edges { data { id source target kind stance weight } classes } } }', { ids: ['massage'] }],
  evidenceMap: ['{ evidenceMap(rows: TECHNIQUE, columns: CONDITION) { rows { id label } columns { id label } cells { row column studies balance certainty } } }'],
};

const runs = Number(process.env.BENCH_RUNS ?? 21);
const baselineMs = await medianMs(() => post('{ __typename }'), runs);
const healthMs = await medianMs(() => fetch(`${base}/health`).then((r) => r.text()), runs);
const operations: Record<string, { ms: number; ratio: number }> = {};
for (const [name, [query, variables]] of Object.entries(OPERATIONS)) {
  const ms = await medianMs(() => post(query, variables), runs);
  operations[name] = { ms, ratio: Math.round((ms / baselineMs) * 10) / 10 };
}
// Requests per second with CONCURRENCY clients in one process: the figure the scaling plan in the README starts from.
const CONCURRENCY = 8;
const [claimQuery, claimVars] = OPERATIONS.claimWithEvidence!;
const baselineRps = await throughput(() => post('{ __typename }'), CONCURRENCY, 3000);
const claimRps = await throughput(() => post(claimQuery, claimVars), CONCURRENCY, 3000);
http.close();
await db.close();
await neo4jServer.stop();

const result = {
  measuredAt: new Date().toISOString(),
  note: 'median milliseconds over HTTP and ratios to the baseline (a { __typename } POST) measured in the same run',
  runs,
  baselineMs,
  health: { ms: healthMs, ratio: Math.round((healthMs / baselineMs) * 10) / 10 },
  operations,
  throughput: {
    concurrency: CONCURRENCY,
    baselinePerSecond: baselineRps,
    claimWithEvidencePerSecond: claimRps,
    ratio: Math.round((claimRps / baselineRps) * 100) / 100,
  },
};
fs.mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
fs.writeFileSync(new URL('./results/api.json', import.meta.url), JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
