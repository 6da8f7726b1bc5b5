import { Session } from 'node:inspector/promises';
import { startSeededBenchServers } from './bench-servers.js';
import { GET_CLAIM_WHOLE, getClaimWhole } from '../server/src/queries/get-claim-whole.js';
import { LEAN_STUDY_PROPS } from '../server/src/resolvers/claim-parts.js';
import { CLAIM_ID, OPERATIONS } from './operations.js';
import { summarise } from '../server/src/evidence/summarise.js';
import { toEvidencePoint } from '../server/src/use-cases/evidence-points.js';

/**
 * Where a request's time goes, one client at a time on the seeded graph: the claim statement's Neo4j PROFILE and what
 * its parts weigh, each stage timed, and a CPU profile of evigraph answering each operation (BENCH_PROFILE_OPS).
 * Asserts nothing; prints. `npx tsx bench/profile-requests.ts`
 */
/** Where a request's JavaScript time goes: self time per package and per function, ms per request, over `n` requests. */
async function cpuProfile(call: () => Promise<unknown>, n: number): Promise<string> {
  const inspector = new Session();
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.start');
  for (let i = 0; i < n; i++) await call();
  const { profile } = await inspector.post('Profiler.stop');
  inspector.disconnect();
  const counts = new Map<number, number>();
  for (const id of profile.samples ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  const dt = (profile.endTime - profile.startTime) / Math.max(1, profile.samples?.length ?? 1);
  const bySelf = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const node of profile.nodes) {
    const c = counts.get(node.id) ?? 0;
    const url = node.callFrame.url.replace(/.*node_modules\//, '').replace(/.*?\/(server|bench)\//, '$1/');
    const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + c);
    add(bySelf, `${node.callFrame.functionName || '(anonymous)'} ${url}:${node.callFrame.lineNumber}`);
    add(byPackage, url.split('/').slice(0, url.startsWith('@') ? 2 : 1).join('/') || node.callFrame.functionName);
  }
  const top = (m: Map<string, number>, k: number) => [...m].sort((x, y) => y[1] - x[1]).slice(0, k).map(([name, c]) => `  ${((c * dt) / 1000 / n).toFixed(2)} ms/request  ${name}`).join('\n');
  return `self time by package or folder:\n${top(byPackage, 15)}\nself time by function:\n${top(bySelf, 25)}`;
}

const servers = await startSeededBenchServers();
const time = async (name: string, n: number, f: () => Promise<unknown> | unknown) => {
  for (let i = 0; i < 20; i++) await f();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await f();
  console.log(`${name}: ${((performance.now() - t0) / n).toFixed(2)} ms each`);
};
try {
  const session = servers.db.driver.session();
  const res = await session.run(`PROFILE ${GET_CLAIM_WHOLE}`, { id: CLAIM_ID });
  const walk = (p: any, depth = 0): void => {
    console.log(`${'  '.repeat(depth)}${p.operatorType} rows=${p.rows} dbHits=${p.dbHits} ${JSON.stringify(p.arguments?.Details ?? '').slice(0, 140)}`);
    for (const c of p.children ?? []) walk(c, depth + 1);
  };
  walk(res.summary.profile);
  await session.close();
  const whole = (await getClaimWhole(servers.db, CLAIM_ID))!;
  console.log(`evidence rows ${whole.evidence.length}, relations ${whole.context!.relations.length}, JSON bytes ${JSON.stringify(whole).length}`);
  const size = (x: unknown) => JSON.stringify(x).length;
  const propSizes = new Map<string, number>();
  for (const e of whole.evidence) for (const [k, v] of Object.entries(e)) if (k !== 'claim') propSizes.set(k, (propSizes.get(k) ?? 0) + size(v));
  console.log('bytes: node', size(whole.node), 'links', size(whole.links), 'assertions', size(whole.assertions), 'context', size(whole.context), 'evidence props', JSON.stringify([...propSizes].sort((a, b) => b[1] - a[1]).slice(0, 12)));
  await time('GET_CLAIM_WHOLE via db.read', 200, () => getClaimWhole(servers.db, CLAIM_ID));
  const lean = { context: true, studyProps: LEAN_STUDY_PROPS };
  console.log(`lean JSON bytes ${JSON.stringify(await getClaimWhole(servers.db, CLAIM_ID, lean)).length}`);
  await time('lean claim statement via db.read', 200, () => getClaimWhole(servers.db, CLAIM_ID, lean));
  await time('lean claim statement, no context', 200, () => getClaimWhole(servers.db, CLAIM_ID, { ...lean, context: false }));
  const points = whole.evidence.map(toEvidencePoint);
  await time('summarise', 500, () => summarise(points, { assertions: whole.assertions.length, relations: whole.context!.relations, claim: { comparators: [], outcomes: [], conditions: [], kind: 'EFFECT', direction: null }, sensitivity: {} as never }));
  for (const op of OPERATIONS.filter((o) => (process.env.BENCH_PROFILE_OPS ?? 'claim with evidence,search').split(',').includes(o.name))) {
    const body = JSON.stringify({ query: op.query, variables: op.variables });
    const call = () => fetch(`${servers.evigraph}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) => r.text());
    await time(`${op.name}: HTTP POST (evigraph)`, 200, call);
    if (op.statementFloorPath) await time(`${op.name}: HTTP GET statement floor`, 200, () => fetch(`${servers.floor}${op.statementFloorPath}`).then((r) => r.text()));
    await time(`${op.name}: HTTP GET raw floor`, 200, () => fetch(`${servers.floor}${op.floorPath}`).then((r) => r.text()));
    console.log(await cpuProfile(call, 300));
  }
} finally {
  await servers.stop();
}
