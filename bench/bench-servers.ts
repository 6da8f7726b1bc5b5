import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { loadConfig } from '../server/src/config.js';
import { createDb, type Db } from '../server/src/db/db.js';
import { silentLog } from '../server/src/log.js';
import { provisionNeo4j, type Neo4jTarget } from '../server/src/neo4j/provision.js';
import { createApp } from '../server/src/app.js';
import { listen } from '../server/src/http-server.js';
import { startFloorServer } from './floor-server.js';
import { defaultEvidenceMap, planStatements } from '../server/src/warm-up.js';
import { clearGraph } from '../server/src/db/clear-graph.js';
import { loadSeed } from '../server/src/seed/load-seed.js';

export interface BenchServers {
  neo4j: Neo4jTarget;
  db: Db;
  evigraph: string;
  floor: string;
  stop(): Promise<void>;
}

/**
 * The benchmark's own Neo4j instance (never the default ports: BENCH_NEO4J_INSTANCE,
 * BENCH_NEO4J_BOLT_PORT, BENCH_NEO4J_HTTP_PORT), evigraph on an ephemeral port, and the floor server.
 */
export async function startBenchServers(): Promise<BenchServers> {
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    NEO4J_BOLT_PORT: process.env.BENCH_NEO4J_BOLT_PORT ?? '7689',
    NEO4J_HTTP_PORT: process.env.BENCH_NEO4J_HTTP_PORT ?? '7479',
    NEO4J_HEAP: process.env.BENCH_NEO4J_HEAP ?? '2g',
    NEO4J_PAGECACHE: process.env.BENCH_NEO4J_PAGECACHE ?? '1g',
  });
  const neo4j = await provisionNeo4j(config, (m) => console.log(m), process.env.BENCH_NEO4J_INSTANCE ?? 'bench');
  // The same query deadline as the served app (NEO4J_QUERY_TIMEOUT_MS), as main.ts sets it.
  const db = createDb(neo4j, silentLog, { queryMs: config.NEO4J_QUERY_TIMEOUT_MS });
  const http: Server = await listen(createApp({ config, db, log: silentLog }), config);
  const floor = await startFloorServer(neo4j);
  return {
    neo4j,
    db,
    evigraph: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    floor: floor.base,
    async stop() {
      http.close();
      await floor.stop();
      await db.close();
      await neo4j.stop();
    },
  };
}

/**
 * After a load: refreshes Neo4j's index statistics and clears its plan cache, then warms up as the served app
 * does after start-up (plans the slow-to-plan statements, computes the default evidence map), so nothing is
 * planned or first computed while being measured. Returns the warm-up's milliseconds, and of them the planning's
 * (what the served app does before its port says ready).
 */
export async function settleAfterLoad(servers: Pick<BenchServers, 'db' | 'neo4j'>): Promise<{ warmUpMs: number; planMs: number }> {
  const session = servers.db.driver.session();
  try {
    await session.run('CALL db.prepareForReplanning()');
  } finally {
    await session.close();
  }
  const started = performance.now();
  await planStatements(servers.neo4j, silentLog);
  const planMs = Math.round(performance.now() - started);
  await defaultEvidenceMap(servers.db, silentLog);
  return { warmUpMs: Math.round(performance.now() - started), planMs };
}

/** The bench servers over the seed graph alone (cleared and reloaded), warmed up; logs and returns the warm-up's milliseconds. */
export async function startSeededBenchServers(): Promise<BenchServers & { warmUpMs: number }> {
  const servers = await startBenchServers();
  await clearGraph(servers.db);
  await loadSeed(servers.db);
  const { warmUpMs, planMs } = await settleAfterLoad(servers);
  console.log(`warm-up (plans, default evidence map) took ${(warmUpMs / 1000).toFixed(1)} s, of which planning ${(planMs / 1000).toFixed(1)} s`);
  return { ...servers, warmUpMs };
}
