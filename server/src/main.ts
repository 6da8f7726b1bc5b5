import { loadConfig, describeConfig } from './config.js';
import { createLog } from './log.js';
import { provisionNeo4j } from './neo4j/provision.js';
import { createDb } from './db/db.js';
import { migrate } from './db/migrations.js';
import { loadSeed, isGraphEmpty } from './seed/load-seed.js';
import { createApp } from './app.js';
import { listen } from './http-server.js';
import { warmCitationStyles } from './export/format-citations.js';

const config = loadConfig();
const log = createLog(config.LOG_LEVEL);
log.info('config', describeConfig(config));

const neo4jServer = await provisionNeo4j(config, (msg) => log.info(msg));
log.info('neo4j ready', { uri: neo4jServer.uri, via: neo4jServer.via });
const db = createDb(neo4jServer, log);
await db.driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
if (config.SEED_ON_START && (await isGraphEmpty(db))) {
  log.info('database is empty: loading the seed graph');
  await loadSeed(db); // runs the migrations first
} else {
  await migrate(db);
}

warmCitationStyles();
const app = createApp({ config, db, log });
const server = await listen(app, config);
log.info(`evigraph is running at http://${config.HOST}:${config.PORT}/ (GraphQL at /graphql)`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info('shutting down', { signal });
  server.close();
  await db.close();
  await neo4jServer.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
