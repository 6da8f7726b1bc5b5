import type { Config } from '../config.js';
import { hasDockerEngine, startDockerServer } from './docker-server.js';
import { MissingToolError } from './errors.js';
import { startLocalServer, type LocalServerOptions, type RunningServer } from './local-server.js';
import { hasJava } from './neo4j-jars.js';

export interface Neo4jTarget extends RunningServer {
  user: string;
  password: string;
  database: string;
  /** How the server was found: "configured", "docker" or "local". */
  via: 'configured' | 'docker' | 'local';
}

/**
 * Finds the Neo4j to use: NEO4J_URI if set, else a Docker engine's compose
 * service, else a local server assembled from Maven Central and run on Java 17.
 */
export async function provisionNeo4j(config: Config, log: (msg: string) => void, instance = 'dev'): Promise<Neo4jTarget> {
  const creds = { user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE };
  if (config.NEO4J_URI) {
    return { ...creds, via: 'configured', uri: config.NEO4J_URI, owned: false, stop: async () => {} };
  }
  if (hasDockerEngine()) {
    const server = await startDockerServer({ ...creds, boltPort: config.NEO4J_BOLT_PORT, log });
    return { ...creds, ...server, via: 'docker' };
  }
  if (!hasJava()) {
    throw new MissingToolError(
      'No Neo4j to use: set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to a running server, or install Docker (a running engine) or Java 17 (apt-get install openjdk-17-jre-headless) so evigraph can start one.',
    );
  }
  const server = await startLocalServer(localServerOptions(config, instance, log));
  return { ...creds, ...server, via: 'local' };
}

/** The options of the local server of one instance, as the config sets them. */
export function localServerOptions(config: Config, instance: string, log: (msg: string) => void): LocalServerOptions {
  return {
    home: config.NEO4J_HOME,
    instance,
    boltPort: config.NEO4J_BOLT_PORT,
    httpPort: config.NEO4J_HTTP_PORT,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    heap: config.NEO4J_HEAP,
    pagecache: config.NEO4J_PAGECACHE,
    log,
  };
}
