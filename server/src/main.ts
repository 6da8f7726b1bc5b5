import { describeConfig } from './config.js';
import { startUp } from './start-up.js';
import { migrate, type MigrationReport } from './db/migrations.js';
import { loadSeed, isGraphEmpty } from './seed/load-seed.js';
import { createApp } from './app.js';
import { openPort, type OpenPort } from './http-server.js';
import { createHeavyPool } from './heavy/heavy-pool.js';
import { warmCitationStyles } from './export/format-citations.js';
import { defaultEvidenceMap, planStatements } from './warm-up.js';

let port: OpenPort | undefined;
const started = await startUp({
  onConfig: (config, log) => log.info('config', describeConfig(config)),
  // The port first: when it is taken, nothing else is started (no Neo4j left running for nothing).
  beforeNeo4j: async (config, log) => {
    port = await openPort(config).catch((err: Error) => {
      log.error('cannot start', { reason: err.message });
      process.exit(1);
    });
    log.info(`port ${config.PORT} is ours; answering 503 "starting" until the database is ready`);
  },
  queryMs: (config) => config.NEO4J_QUERY_TIMEOUT_MS,
});
const { config, log, db } = started;

function logMigration(report: MigrationReport) {
  for (const r of report.removedDuplicateEdges) log.warn('migration removed duplicate edges', r);
  for (const c of report.nodeIdClashes) log.warn('two kinds of node share an id; left as they are, new writes refuse it', c);
}

if (config.SEED_ON_START && (await isGraphEmpty(db))) {
  log.info('database is empty: loading the seed graph');
  logMigration(await loadSeed(db)); // runs the migrations first
} else {
  logMigration(await migrate(db));
}

warmCitationStyles();
const heavy = createHeavyPool({ threads: config.HEAVY_JOB_THREADS, queue: config.HEAVY_JOB_QUEUE });
const app = createApp({ config, db, log, heavy });
// Before the port answers (it says 503 "starting" until then): no request pays for planning a statement.
await planStatements(started.neo4jServer, log);
port!.serve(app);
const server = port!.server;
log.info(`evigraph is running at http://${config.HOST}:${config.PORT}/ (GraphQL at /graphql)`);
void defaultEvidenceMap(db, log);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info('shutting down', { signal });
  server.close();
  await heavy.close();
  await started.close({ stopServer: true });
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
