import path from 'node:path';
import { compareSideBySide, floorCall, graphqlCall, withRatios, type Contender } from './compare.js';
import { OPERATIONS } from './operations.js';
import { startSeededBenchServers } from './bench-servers.js';
import { writeResults } from './results-file.js';
import { startAppCopies } from './app-copies.js';

/**
 * Two versions of the served app side by side on one seeded Neo4j, in the same run, with the raw floor: on a
 * shared machine whose load moves minute to minute, only figures measured together compare. BENCH_BEFORE_DIR is
 * an unpacked earlier commit (e.g. `git archive <commit> server schema.graphql graph-seed | tar -x -C dir`, with
 * node_modules and server/src/generated linked or copied in). Writes bench/results/before-after.json.
 */
const beforeDir = process.env.BENCH_BEFORE_DIR;
if (!beforeDir) throw new Error('BENCH_BEFORE_DIR: the unpacked earlier commit to compare with');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warm = Number(process.env.BENCH_WARM_SECONDS ?? 5);
const clients = (process.env.BENCH_CLIENTS ?? '8').split(',').map(Number);
const names = (process.env.BENCH_OPS ?? 'search,claim with evidence').split(',');
const firstPort = Number(process.env.BENCH_APP_PORT ?? 4170);

const servers = await startSeededBenchServers();
const beforeCopy = await startAppCopies(servers.neo4j, 1, firstPort, path.join(beforeDir, 'server/src/main.ts'));
const before = beforeCopy.bases[0]!;
const after = await startAppCopies(servers.neo4j, 1, firstPort + 1);
try {
  const contenders: Contender[] = [
    { name: 'before', call: (op) => graphqlCall(before, op) },
    { name: 'after', call: (op) => graphqlCall(after.bases[0]!, op) },
    { name: 'floor', call: (op) => floorCall(servers.floor, op) },
  ];
  const rows = withRatios(await compareSideBySide(contenders, OPERATIONS.filter((op) => names.includes(op.name)), clients, seconds, warm, (m) => console.log(m)), {
    beforeOverFloor: ['before', 'floor'],
    afterOverFloor: ['after', 'floor'],
    afterOverBefore: ['after', 'before'],
  });
  writeResults('before-after', { note: 'req/s and latency percentiles (ms) over HTTP, same run, one seeded Neo4j: before and after are server/src/main.ts processes of two versions; floor = the raw floor (in the benchmark process)', before: beforeDir, seconds, warmSeconds: warm, rows });
  console.log('| operation | clients | before req/s (p95 ms) | after req/s (p95 ms) | floor req/s (p95 ms) | before ÷ floor | after ÷ floor | after ÷ before |\n|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const f = (n: string) => `${r.figures[n]?.perSecond} (${r.figures[n]?.p95})${r.figures[n]?.errors ? `, ${r.figures[n]?.errors} errors` : ''}`;
    console.log(`| ${r.operation} | ${r.clients} | ${f('before')} | ${f('after')} | ${f('floor')} | ${r.ratios.beforeOverFloor} | **${r.ratios.afterOverFloor}** | ${r.ratios.afterOverBefore} |`);
  }
} finally {
  beforeCopy.stop();
  after.stop();
  await servers.stop();
}
