import { compareSideBySide, floorCall, graphqlCall, withRatios, type Contender, type LoadFigures } from './compare.js';
import { OPERATIONS } from './operations.js';
import { startSeededBenchServers } from './bench-servers.js';
import { writeResults } from './results-file.js';

/**
 * Where evigraph's time goes, for the operations one statement of its own answers (claim, neighbourhood):
 * evigraph, the statement floor (evigraph's Cypher and parameters through the bare driver, raw rows) and the
 * raw floor, side by side on the seeded graph. evigraph ÷ statement floor is its API layer (GraphQL, evidence
 * rule, elements, left-out wording, JSON); statement floor ÷ raw floor is its fuller answer in the database.
 * Asserts nothing; writes bench/results/overhead.json and prints the table.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warm = Number(process.env.BENCH_WARM_SECONDS ?? 5);
const clients = (process.env.BENCH_CLIENTS ?? '8,32').split(',').map(Number);
const ops = OPERATIONS.filter((op) => op.statementFloorPath);

const servers = await startSeededBenchServers();
try {
  const { warmUpMs } = servers;
  const contenders: Contender[] = [
    { name: 'evigraph', call: (op) => graphqlCall(servers.evigraph, op) },
    { name: 'statement', call: (op) => (op.statementFloorPath ? floorCall(servers.floor, op, op.statementFloorPath) : null) },
    { name: 'floor', call: (op) => floorCall(servers.floor, op) },
  ];
  const rows = withRatios(await compareSideBySide(contenders, ops, clients, seconds, warm, (m) => console.log(m)), {
    evigraphOverStatement: ['evigraph', 'statement'],
    statementOverFloor: ['statement', 'floor'],
    evigraphOverFloor: ['evigraph', 'floor'],
  });

  const result = {
    note: 'req/s and latency percentiles (ms) over HTTP on one seeded Neo4j, same run: evigraph; statement = evigraph\'s own Cypher and parameters via neo4j-driver behind a bare node:http server, raw rows; floor = the raw floor (minimal Cypher). Ratios are req/s ÷ req/s.',
    seconds,
    warmSeconds: warm,
    warmUpMs,
    rows,
  };
  writeResults('overhead', result);

  const lat = (f: LoadFigures | undefined) => (f ? `${f.perSecond} (${f.p50} / ${f.p95} / ${f.p99})${f.errors ? `, ${f.errors} errors` : ''}` : '—');
  console.log('| operation | clients | evigraph req/s (p50 / p95 / p99 ms) | statement floor | raw floor | evigraph ÷ statement | statement ÷ raw floor | evigraph ÷ raw floor |\n|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.operation} | ${r.clients} | ${lat(r.figures.evigraph)} | ${lat(r.figures.statement)} | ${lat(r.figures.floor)} | **${r.ratios.evigraphOverStatement}** | ${r.ratios.statementOverFloor} | ${r.ratios.evigraphOverFloor} |`);
  }
} finally {
  await servers.stop();
}
