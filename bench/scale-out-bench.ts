import { compareSideBySide, floorCall, graphqlCall, withRatios, type Contender } from './compare.js';
import { CLAIM_ID, OPERATIONS } from './operations.js';
import { startSeededBenchServers } from './bench-servers.js';
import { writeResults } from './results-file.js';
import { startRoundRobinProxy } from './round-robin-proxy.js';
import { COPY_TOKEN, startAppCopies } from './app-copies.js';

/**
 * Scale-out on one Neo4j: two copies of the served app (separate processes) behind a round-robin proxy
 * (bench/round-robin-proxy.ts), against one copy alone, the proxy over one copy (what the hop costs) and the
 * raw floor, side by side for the claim and the evidence map. Then a curator write through one copy and how long
 * until the other copy answers with it (claim, evidence map). Writes bench/results/scale-out.json.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warm = Number(process.env.BENCH_WARM_SECONDS ?? 5);
const clients = (process.env.BENCH_CLIENTS ?? '8,32').split(',').map(Number);
const firstPort = Number(process.env.BENCH_APP_PORT ?? 4170);
const ops = OPERATIONS.filter((op) => op.name === 'claim with evidence' || op.name === 'evidence map');

const servers = await startSeededBenchServers();
const copies = await startAppCopies(servers.neo4j, 2, firstPort);
const [a, b] = copies.bases as [string, string];
const proxyOne = await startRoundRobinProxy([a]);
const proxyTwo = await startRoundRobinProxy([a, b]);

/** One GraphQL request through `base`; its data, or an error. */
async function gql(base: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const json = (await res.json()) as { data?: any; errors?: Array<{ message: string }> };
  if (json.errors?.length) throw new Error(json.errors[0]!.message);
  return json.data;
}

/** `f`, tried up to five times: on a saturated machine a write may outrun the request deadline. */
async function retried<T>(f: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await f();
    } catch (err) {
      if (attempt === 5) throw err;
      console.log(`retrying after: ${(err as Error).message}`);
    }
  }
}

/** Polls `read` every 5 ms until it differs from `before`; ms from `since`, or null after `limitMs`. */
async function msUntilChanged(read: () => Promise<string>, before: string, since: number, limitMs: number): Promise<number | null> {
  while (performance.now() - since < limitMs) {
    if ((await read().catch(() => before)) !== before) return Math.round(performance.now() - since);
    await new Promise((r) => setTimeout(r, 5));
  }
  return null;
}

/** A write through copy A, and when copy B's claim and map show it. */
async function writeVisibility() {
  const [cell] = await servers.db.read<{ row: string; column: string; study: string }>(
    'BENCH_SCALE_OUT_PICK',
    `MATCH (c:Claim {id: $id})-[:ABOUT]->(t:Technique), (c)-[:IN]->(k:Condition)
     MATCH (s:Study) WHERE NOT (s)-[:SUPPORTS|CONTRADICTS|QUALIFIES]->(c)
     RETURN t.id AS row, k.id AS column, s.id AS study LIMIT 1`,
    { id: CLAIM_ID },
  );
  if (!cell) throw new Error('no study to link');
  const claimOnB = async () => JSON.stringify((await gql(b, 'query($id: ID!) { claim(id: $id) { evidence { id } } }', { id: CLAIM_ID })).claim.evidence);
  const mapCellOnB = async () => JSON.stringify((await gql(b, '{ evidenceMap { cells { row column studies supporting contradicting claims } } }')).evidenceMap.cells.find((c: { row: string; column: string }) => c.row === cell.row && c.column === cell.column) ?? null);
  const [claimBefore, mapBefore] = [await retried(claimOnB), await retried(mapCellOnB)];
  const sent = performance.now();
  const created = await retried(() => gql(a, `mutation($input: EvidenceInput!) { createEvidence(input: $input) { id } }`, { input: { studyId: cell.study, claimId: CLAIM_ID, stance: 'SUPPORTS', quote: 'Scale-out benchmark finding (deleted after the measurement).', sourceUrl: 'https://example.org/bench' } }, COPY_TOKEN));
  const answered = performance.now();
  const [claimMs, mapMs] = await Promise.all([msUntilChanged(claimOnB, claimBefore, answered, 120_000), msUntilChanged(mapCellOnB, mapBefore, answered, 120_000)]);
  await retried(() => gql(a, 'mutation($id: ID!) { deleteEvidence(id: $id) { deleted } }', { id: created.createEvidence.id }, COPY_TOKEN));
  return { writeMs: Math.round(answered - sent), claimVisibleOnOtherCopyMs: claimMs, mapVisibleOnOtherCopyMs: mapMs, cell: { row: cell.row, column: cell.column } };
}

try {
  const contenders: Contender[] = [
    { name: 'one copy', call: (op) => graphqlCall(a, op) },
    { name: 'proxy, one copy', call: (op) => graphqlCall(proxyOne.base, op) },
    { name: 'proxy, two copies', call: (op) => graphqlCall(proxyTwo.base, op) },
    { name: 'floor', call: (op) => floorCall(servers.floor, op) },
  ];
  const rows = withRatios(await compareSideBySide(contenders, ops, clients, seconds, warm, (m) => console.log(m)), {
    twoCopiesOverOne: ['proxy, two copies', 'one copy'],
    twoCopiesOverProxiedOne: ['proxy, two copies', 'proxy, one copy'],
    oneCopyOverFloor: ['one copy', 'floor'],
    twoCopiesOverFloor: ['proxy, two copies', 'floor'],
  });
  const visibility = await writeVisibility();
  console.log(JSON.stringify(visibility));
  writeResults('scale-out', {
    note: 'req/s and latency percentiles (ms) over HTTP, same run, one seeded Neo4j: app copies are server/src/main.ts processes; the proxy is bench/round-robin-proxy.ts in the benchmark process; floor = the raw floor. visibility: a createEvidence through copy A, then ms from its answer until copy B answers with it (null: not within 120 s).',
    seconds,
    warmSeconds: warm,
    copiesReadyMs: copies.readyMs,
    rows,
    visibility,
  });
  console.log('| operation | clients | one copy req/s (p95 ms) | proxy, one copy | proxy, two copies | floor | two ÷ one | one ÷ floor | two ÷ floor |\n|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const f = (n: string) => `${r.figures[n]?.perSecond} (${r.figures[n]?.p95})${r.figures[n]?.errors ? `, ${r.figures[n]?.errors} errors` : ''}`;
    console.log(`| ${r.operation} | ${r.clients} | ${f('one copy')} | ${f('proxy, one copy')} | ${f('proxy, two copies')} | ${f('floor')} | **${r.ratios.twoCopiesOverOne}** | ${r.ratios.oneCopyOverFloor} | ${r.ratios.twoCopiesOverFloor} |`);
  }
} finally {
  copies.stop();
  await proxyOne.stop();
  await proxyTwo.stop();
  await servers.stop();
}
