import type { Operation } from './operations.js';

export interface LoadFigures {
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  /** The first error's text, when any request failed. */
  firstError?: string;
}

export interface ComparisonRow {
  operation: string;
  clients: number;
  evigraph: LoadFigures;
  floor: LoadFigures;
  /** evigraph req/s ÷ floor req/s. */
  ratio: number;
}

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]! : NaN);

/** `clients` callers loop on `call` for `seconds`; every request's latency is kept. A failed request counts as an error, not as a latency. */
export async function load(call: () => Promise<void>, clients: number, seconds: number): Promise<LoadFigures> {
  const deadline = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const client = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await call();
        latencies.push(performance.now() - t0);
      } catch (err) {
        errors++;
        firstError ??= (err as Error).message.slice(0, 300);
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: round(latencies.length / elapsed), p50: round(pct(latencies, 50)), p95: round(pct(latencies, 95)), p99: round(pct(latencies, 99)), requests: latencies.length, errors, ...(firstError ? { firstError } : {}) };
}

/** A GraphQL request: the query and its variables. */
export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** One GraphQL POST that must answer without errors. */
export function graphqlCall(base: string, op: GraphqlRequest): () => Promise<void> {
  const body = JSON.stringify({ query: op.query, variables: op.variables });
  return async () => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await res.json()) as { errors?: Array<{ extensions?: { code?: string }; message: string }> };
    if (json.errors?.length) throw new Error(`${json.errors[0]!.extensions?.code}: ${json.errors[0]!.message}`);
  };
}

/** One GET of the floor server (the operation's raw floor unless another path is given) that must answer 200. */
export function floorCall(base: string, op: Operation, path: string = op.floorPath): () => Promise<void> {
  return async () => {
    const res = await fetch(`${base}${path}`);
    const text = await res.text();
    if (res.status !== 200) throw new Error(`floor ${res.status}: ${text.slice(0, 200)}`);
  };
}

/** A server under comparison: how it answers an operation, or null when it has no comparable answer. */
export interface Contender {
  name: string;
  call(op: Operation): (() => Promise<void>) | null;
}

/** One operation at one number of clients: each contender's figures by name (absent when it has no comparable answer). */
export interface SideBySideRow {
  operation: string;
  clients: number;
  figures: Record<string, LoadFigures>;
}

/**
 * Warms every contender up (JIT, Neo4j's plan cache and page cache), then runs each operation on
 * each contender back to back, in the order given, at each number of clients.
 */
export async function compareSideBySide(
  contenders: Contender[],
  ops: Operation[],
  clients: number[],
  seconds: number,
  warmSeconds: number,
  log: (m: string) => void,
  onRow: (row: SideBySideRow) => void = (r) => log(formatSideBySide(r)),
): Promise<SideBySideRow[]> {
  const calls = (op: Operation) => contenders.flatMap((c) => {
    const call = c.call(op);
    return call ? [{ name: c.name, call }] : [];
  });
  for (const op of ops) {
    log(`warming up: ${op.name}`);
    for (const { call } of calls(op)) await load(call, 4, warmSeconds);
  }
  const rows: SideBySideRow[] = [];
  for (const op of ops) {
    for (const n of clients) {
      const figures: Record<string, LoadFigures> = {};
      for (const { name, call } of calls(op)) figures[name] = await load(call, n, seconds);
      const row = { operation: op.name, clients: n, figures };
      onRow(row);
      rows.push(row);
    }
  }
  return rows;
}

/** One progress line of a side-by-side row. */
const formatSideBySide = (r: SideBySideRow) =>
  `${r.operation} | ${r.clients} clients | ${Object.entries(r.figures).map(([name, f]) => `${name} ${f.perSecond} req/s, p95 ${f.p95} ms, ${f.errors} errors`).join(' | ')}`;

/** `a` req/s ÷ `b` req/s, or NaN when either is missing or `b` answered nothing. */
export const ratioOf = (a: LoadFigures | undefined, b: LoadFigures | undefined) => (a && b?.perSecond ? round(a.perSecond / b.perSecond, 2) : NaN);

/** Each row with named ratios, each `[a, b]` being contender a's req/s ÷ contender b's. */
export const withRatios = <K extends string>(rows: SideBySideRow[], pairs: Record<K, [string, string]>) =>
  rows.map((r) => ({ ...r, ratios: Object.fromEntries(Object.entries<[string, string]>(pairs).map(([name, [a, b]]) => [name, ratioOf(r.figures[a], r.figures[b])])) as Record<K, number> }));

/** evigraph against the floor: the side-by-side run of two contenders. */
export async function compare(evigraph: string, floor: string, ops: Operation[], clients: number[], seconds: number, warmSeconds: number, log: (m: string) => void): Promise<ComparisonRow[]> {
  const contenders: Contender[] = [
    { name: 'evigraph', call: (op) => graphqlCall(evigraph, op) },
    { name: 'floor', call: (op) => floorCall(floor, op) },
  ];
  const rows: ComparisonRow[] = [];
  await compareSideBySide(contenders, ops, clients, seconds, warmSeconds, log, (r) => {
    const e = r.figures.evigraph!;
    const f = r.figures.floor!;
    const row = { operation: r.operation, clients: r.clients, evigraph: e, floor: f, ratio: ratioOf(e, f) };
    log(formatRow(row));
    rows.push(row);
  });
  return rows;
}

export const TABLE_HEAD = '| operation | clients | evigraph req/s | p50 / p95 / p99 ms | errors | floor req/s | p50 / p95 / p99 ms | errors | evigraph ÷ floor |\n|---|---|---|---|---|---|---|---|---|';

export function formatRow(r: ComparisonRow): string {
  const lat = (f: LoadFigures) => `${f.p50} / ${f.p95} / ${f.p99}`;
  return `| ${r.operation} | ${r.clients} | ${r.evigraph.perSecond} | ${lat(r.evigraph)} | ${r.evigraph.errors} | ${r.floor.perSecond} | ${lat(r.floor)} | ${r.floor.errors} | ${r.ratio} |`;
}

export const formatTable = (rows: ComparisonRow[]) => [TABLE_HEAD, ...rows.map(formatRow)].join('\n');
