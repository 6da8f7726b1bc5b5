import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../server/src/config.js';
import { createDb } from '../../server/src/db/db.js';
import { silentLog } from '../../server/src/log.js';
import { loadSeed } from '../../server/src/seed/load-seed.js';
import { createApp } from '../../server/src/app.js';
import { listen } from '../../server/src/http-server.js';
import { clearGraph } from './test-db.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    writeToken: string;
  }
}

export const E2E_WRITE_TOKEN = 'e2e-curator-token-0123456789';

/** Seeds the test database and serves the built page and the API over HTTP for browser tests. */
export default async function setup(project: TestProject) {
  const target = project.getProvidedContext().neo4j;
  const port = Number(process.env.TEST_APP_PORT ?? 4100);
  const config = loadConfig({ ...process.env, PORT: String(port), EVIGRAPH_WRITE_TOKEN: E2E_WRITE_TOKEN, NEO4J_URI: target.uri });
  const db = createDb(target, silentLog, { queryMs: 60_000 });
  await clearGraph(db);
  await loadSeed(db);
  const server = await listen(createApp({ config, db, log: silentLog }), config);
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('writeToken', E2E_WRITE_TOKEN);
  return async () => {
    server.close();
    await db.close();
  };
}
