import { ConfigError, loadConfig, type Config } from './config.js';
import { createDb, type Db } from './db/db.js';
import { createLog, type Log } from './log.js';
import { provisionNeo4j, type Neo4jTarget } from './neo4j/provision.js';

export interface Started {
  config: Config;
  log: Log;
  db: Db;
  neo4jServer: Neo4jTarget;
  /** Closes the driver; stops the Neo4j server too when `stopServer` (the app does, the CLIs leave it running). */
  close(options?: { stopServer?: boolean }): Promise<void>;
}

export interface StartUpOptions {
  onConfig?: (config: Config, log: Log) => void;
  /** Runs before any Neo4j is provisioned (the app opens its port here, so a taken port starts nothing). */
  beforeNeo4j?: (config: Config, log: Log) => Promise<void>;
  /** The deadline of one transaction: the app's is short (a hung database is reported fast); the CLIs' bulk work needs longer. */
  queryMs?: (config: Config) => number;
}

/** Reads the config; a bad one is reported, naming every bad variable, and the process ends before anything starts. */
function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
}

/**
 * The start-up the app, the seed CLI and the export CLI share: read the config, make the log,
 * find or start Neo4j (NEO4J_URI, Docker or the local server) and open a driver that can connect.
 */
export async function startUp(options: StartUpOptions = {}): Promise<Started> {
  const config = configOrExit();
  const log = createLog(config.LOG_LEVEL);
  options.onConfig?.(config, log);
  await options.beforeNeo4j?.(config, log);
  const neo4jServer = await provisionNeo4j(config, (msg) => log.info(msg));
  log.info('neo4j ready', { uri: neo4jServer.uri, via: neo4jServer.via });
  const db = createDb(neo4jServer, log, { queryMs: options.queryMs?.(config) ?? 120_000 });
  await db.driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  return {
    config,
    log,
    db,
    neo4jServer,
    close: async ({ stopServer = false } = {}) => {
      await db.close();
      if (stopServer) await neo4jServer.stop();
    },
  };
}
