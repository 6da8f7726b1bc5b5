import { writeResults } from './results-file.js';
import { loadSeed } from '../server/src/seed/load-seed.js';
import { compare, formatTable, type ComparisonRow } from './compare.js';
import { OPERATIONS } from './operations.js';
import { settleAfterLoad, startBenchServers } from './bench-servers.js';
import { clearGraph } from '../server/src/db/clear-graph.js';
import { growTo } from './scale-load.js';

/**
 * The same side-by-side table as `npm run bench`, at growing sizes: the seed is copied (batched
 * CREATEs, 5,000 rows a transaction) until the graph holds 10k, 100k, then 1M evidence relationships
 * (BENCH_SIZES to choose), and each size's load time is reported. Writes bench/results/scale.json
 * after every size, so a long run keeps what it measured.
 */
const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warm = Number(process.env.BENCH_WARM_SECONDS ?? 5);
const clients = (process.env.BENCH_CLIENTS ?? '8,32').split(',').map(Number);

const servers = await startBenchServers();
if (process.env.BENCH_KEEP_GRAPH !== '1') {
  await clearGraph(servers.db);
  await loadSeed(servers.db);
}
const results: Array<{ evidenceRelationships: number; loadMs: number; warmUpMs: number; planMs: number; copiesAdded: number; rows: ComparisonRow[] }> = [];
for (const size of sizes) {
  console.log(`growing to ${size} evidence relationships`);
  const grown = await growTo(servers.db, size, (m) => console.log(m));
  console.log(`  ${grown.evidence} evidence relationships; load took ${(grown.ms / 1000).toFixed(1)} s`);
  const { warmUpMs, planMs } = await settleAfterLoad(servers);
  console.log(`  warm-up (plans, default evidence map) took ${(warmUpMs / 1000).toFixed(1)} s, of which planning (before the app's port says ready) ${(planMs / 1000).toFixed(1)} s`);
  const rows = await compare(servers.evigraph, servers.floor, OPERATIONS, clients, seconds, warm, (m) => console.log(m));
  results.push({ evidenceRelationships: grown.evidence, loadMs: grown.ms, warmUpMs, planMs, copiesAdded: grown.copiesAdded, rows });
  writeResults('scale', { note: 'see bench/results/api.json for the columns; loadMs is the batched load from the previous size; warmUpMs plans the slow-to-plan statements and computes the default evidence map, as the app does at start-up; planMs is the planning alone, which the app finishes before its port says ready', seconds, warmSeconds: warm, sizes: results });
  console.log(`\n${grown.evidence} evidence relationships (load ${(grown.ms / 1000).toFixed(1)} s)\n${formatTable(rows)}\n`);
}
await servers.stop();
