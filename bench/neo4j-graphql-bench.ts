import fs from 'node:fs';
import { compareSideBySide, floorCall, graphqlCall, withRatios, type Contender, type LoadFigures } from './compare.js';
import { OPERATIONS } from './operations.js';
import { startSeededBenchServers } from './bench-servers.js';
import { writeResults } from './results-file.js';
import { startNeo4jGraphqlServer } from './neo4j-graphql-server.js';
import { NEO4J_GRAPHQL_OPERATIONS } from './neo4j-graphql-operations.js';
import { answerDifferences } from './answer-check.js';

/**
 * evigraph, the raw floor and @neo4j/graphql 7 (served by graphql-yoga) on the same seeded Neo4j,
 * side by side in one run after a warm-up, at 8 and 32 concurrent clients. First checks that each
 * @neo4j/graphql answer carries the data evigraph's does and logs any difference (not a test).
 * Asserts nothing; writes bench/results/neo4j-graphql.json and prints the table.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warm = Number(process.env.BENCH_WARM_SECONDS ?? 5);
const clients = (process.env.BENCH_CLIENTS ?? '8,32').split(',').map(Number);

const servers = await startSeededBenchServers();
const ngql = await startNeo4jGraphqlServer(servers.neo4j);
try {
  const { warmUpMs } = servers;

  const checks: Record<string, string[]> = {};
  for (const op of OPERATIONS) {
    const other = NEO4J_GRAPHQL_OPERATIONS[op.name];
    checks[op.name] = other ? await answerDifferences(servers.evigraph, op, ngql.base, other, (m) => console.log(m)) : ['no @neo4j/graphql request: not compared'];
    console.log(`answer check, ${op.name}: ${checks[op.name]!.length ? `DIFFERS: ${checks[op.name]!.join('; ')}` : `same data (${other?.agreement})`}`);
  }

  const contenders: Contender[] = [
    { name: 'evigraph', call: (op) => graphqlCall(servers.evigraph, op) },
    { name: 'floor', call: (op) => floorCall(servers.floor, op) },
    { name: 'neo4jGraphql', call: (op) => (NEO4J_GRAPHQL_OPERATIONS[op.name] ? graphqlCall(ngql.base, NEO4J_GRAPHQL_OPERATIONS[op.name]!) : null) },
  ];
  const rows = withRatios(await compareSideBySide(contenders, OPERATIONS, clients, seconds, warm, (m) => console.log(m)), {
    evigraphOverNeo4jGraphql: ['evigraph', 'neo4jGraphql'],
    evigraphOverFloor: ['evigraph', 'floor'],
    neo4jGraphqlOverFloor: ['neo4jGraphql', 'floor'],
  });

  const result = {
    note: 'req/s and latency percentiles (ms) over HTTP on one seeded Neo4j, same run: evigraph; floor = minimal Cypher via neo4j-driver behind a bare node:http server; neo4jGraphql = @neo4j/graphql 7 generated schema served by graphql-yoga. Ratios are req/s ÷ req/s.',
    neo4jGraphqlVersion: (JSON.parse(fs.readFileSync(new URL('../node_modules/@neo4j/graphql/package.json', import.meta.url), 'utf8')) as { version: string }).version,
    seconds,
    warmSeconds: warm,
    warmUpMs,
    requests: Object.fromEntries(Object.entries(NEO4J_GRAPHQL_OPERATIONS).map(([name, op]) => [name, { query: op.query, variables: op.variables, matches: op.matches }])),
    answerCheck: Object.fromEntries(Object.entries(checks).map(([name, d]) => [name, d.length ? { same: false, differences: d } : { same: true, means: NEO4J_GRAPHQL_OPERATIONS[name]!.agreement }])),
    rows,
  };
  writeResults('neo4j-graphql', result);

  const lat = (f: LoadFigures | undefined) => (f ? `${f.perSecond} (${f.p50} / ${f.p95} / ${f.p99})${f.errors ? `, ${f.errors} errors` : ''}` : '—');
  console.log('| operation | clients | evigraph req/s (p50 / p95 / p99 ms) | floor | @neo4j/graphql | evigraph ÷ @neo4j/graphql | evigraph ÷ floor |\n|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.operation} | ${r.clients} | ${lat(r.figures.evigraph)} | ${lat(r.figures.floor)} | ${lat(r.figures.neo4jGraphql)} | **${r.ratios.evigraphOverNeo4jGraphql}** | ${r.ratios.evigraphOverFloor} |`);
  }
} finally {
  await ngql.stop();
  await servers.stop();
}
