import { compare, formatTable } from './compare.js';
import { OPERATIONS } from './operations.js';
import { startSeededBenchServers } from './bench-servers.js';
import { writeResults } from './results-file.js';

/**
 * evigraph over HTTP against the raw floor (minimal Cypher behind a bare node:http server) on the
 * seeded graph, side by side in one run, after a warm-up, at 8 and 32 concurrent clients.
 * Asserts nothing; writes bench/results/api.json and prints the table.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warm = Number(process.env.BENCH_WARM_SECONDS ?? 5);
const clients = (process.env.BENCH_CLIENTS ?? '8,32').split(',').map(Number);

const servers = await startSeededBenchServers();
const { warmUpMs } = servers;
const rows = await compare(servers.evigraph, servers.floor, OPERATIONS, clients, seconds, warm, (m) => console.log(m));
await servers.stop();

const result = {
  note: 'req/s and latency percentiles (ms) over HTTP; floor = minimal Cypher via neo4j-driver behind a bare node:http server, same database, same run; ratio = evigraph req/s ÷ floor req/s',
  seconds,
  warmSeconds: warm,
  warmUpMs,
  rows,
};
writeResults('api', result);
console.log(formatTable(rows));
