import { clearGraph } from '../server/src/db/clear-graph.js';
import { loadConfig } from '../server/src/config.js';
import { createDb } from '../server/src/db/db.js';
import { silentLog } from '../server/src/log.js';
import { provisionNeo4j } from '../server/src/neo4j/provision.js';
import { loadSeed } from '../server/src/seed/load-seed.js';
import { writeScaledSeed } from './scale-seed.js';
import { medianMs } from './timing.js';
import { writeResults } from './results-file.js';

/**
 * Seed loading cost, as ratios to a one-statement round trip measured in the
 * same run: first load into an empty database, an idempotent reload, and a
 * load of a graph ten times the seed. Writes bench/results/seed.json.
 */
const config = loadConfig({ ...process.env, NEO4J_BOLT_PORT: process.env.BENCH_NEO4J_BOLT_PORT ?? '7689', NEO4J_HTTP_PORT: process.env.BENCH_NEO4J_HTTP_PORT ?? '7479' });
const server = await provisionNeo4j(config, (m) => console.log(m), 'bench');
const db = createDb(server, silentLog);
const clear = () => clearGraph(db);
const scaled = writeScaledSeed(10);

const baselineMs = await medianMs(() => db.read('BENCH_BASELINE', 'RETURN 1 AS one'), 21);
const firstLoadMs = await medianMs(async () => {
  await clear();
  await loadSeed(db);
}, 3);
await loadSeed(db);
const reloadMs = await medianMs(() => loadSeed(db), 3);
const scaledLoadMs = await medianMs(async () => {
  await clear();
  await loadSeed(db, scaled);
}, 1);
const [size] = await db.read<{ nodes: number; rels: number }>('BENCH_SIZE', 'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels');
await clear();
await db.close();
await server.stop();

const ratio = (ms: number) => Math.round(ms / baselineMs);
const result = {
  note: 'median milliseconds and ratios to the baseline (one RETURN 1 round trip) measured in the same run',
  baselineMs,
  seedFirstLoad: { ms: firstLoadMs, ratio: ratio(firstLoadMs) },
  seedReload: { ms: reloadMs, ratio: ratio(reloadMs) },
  scaledX10Load: { ms: scaledLoadMs, ratio: ratio(scaledLoadMs), nodes: size?.nodes, relationships: size?.rels },
};
writeResults('seed', result);
console.log(JSON.stringify(result, null, 2));
