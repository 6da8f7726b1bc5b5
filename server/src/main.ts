import { describeConfig } from './config.js';
import { startUp } from './start-up.js';
import { migrate } from './db/migrations.js';
import { loadSeed, isGraphEmpty } from './seed/load-seed.js';
import { createApp } from './app.js';
import { listen } from './http-server.js';
import { warmCitationStyles } from './export/format-citations.js';

const started = await startUp((config, log) => log.info('config', describeConfig(config)));
const { config, log, db } = started;
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
  await started.close({ stopServer: true });
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
