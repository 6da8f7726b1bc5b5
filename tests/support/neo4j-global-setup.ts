import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../server/src/config.js';
import { provisionNeo4j } from '../../server/src/neo4j/provision.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string };
  }
}

/**
 * Starts a real Neo4j for the tests: the one in NEO4J_URI when set, else a
 * local "test" instance on its own ports and data, apart from the dev one
 * (TEST_NEO4J_INSTANCE and TEST_NEO4J_BOLT_PORT / _HTTP_PORT change them).
 */
export default async function setup(project: TestProject) {
  const config = loadConfig({
    ...process.env,
    NEO4J_BOLT_PORT: process.env.TEST_NEO4J_BOLT_PORT ?? '7688',
    NEO4J_HTTP_PORT: process.env.TEST_NEO4J_HTTP_PORT ?? '7475',
  });
  const server = await provisionNeo4j(config, (msg) => console.log(`[neo4j] ${msg}`), process.env.TEST_NEO4J_INSTANCE ?? 'test');
  project.provide('neo4j', { uri: server.uri, user: server.user, password: server.password, database: server.database });
  return async () => {
    await server.stop();
  };
}
