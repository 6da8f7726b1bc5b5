import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../server/src/config.js';
import { createDb } from '../../server/src/db/db.js';
import { silentLog } from '../../server/src/log.js';
import { loadSeed } from '../../server/src/seed/load-seed.js';
import { createApp } from '../../server/src/app.js';
import { listen } from '../../server/src/http-server.js';
import type { AddressInfo } from 'node:net';
import { clearGraph } from './test-db.js';
import { startMetadataFixture } from './metadata-fixture-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    writeToken: string;
    /** The same app with two-person review on (REVIEW_REQUIRED=true), on an ephemeral port. */
    reviewBaseUrl: string;
    /** Named curator tokens both apps accept. */
    curatorTokens: { alice: string; bob: string };
  }
}

export const E2E_WRITE_TOKEN = 'e2e-curator-token-0123456789';
const CURATORS = { alice: 'e2e-alice-token-0123456789abc', bob: 'e2e-bob-token-0123456789abcde' };

/** Seeds the test database and serves the built page and the API over HTTP for browser tests. */
export default async function setup(project: TestProject) {
  const target = project.getProvidedContext().neo4j;
  const port = Number(process.env.TEST_APP_PORT ?? 4100);
  // Look-ups go to a local fixture answering as Crossref and E-utilities do: no test reaches the internet.
  const metadata = await startMetadataFixture();
  const env = {
    ...process.env,
    EVIGRAPH_WRITE_TOKEN: E2E_WRITE_TOKEN,
    EVIGRAPH_WRITE_TOKENS: `alice:${CURATORS.alice},bob:${CURATORS.bob}`,
    METADATA_CROSSREF_URL: metadata.crossrefUrl,
    METADATA_EUTILS_URL: metadata.eutilsUrl,
    NEO4J_URI: target.uri,
  };
  const config = loadConfig({ ...env, PORT: String(port) });
  const reviewConfig = loadConfig({ ...env, PORT: '0', REVIEW_REQUIRED: 'true' });
  const db = createDb(target, silentLog, { queryMs: 60_000 });
  await clearGraph(db);
  await loadSeed(db);
  const server = await listen(createApp({ config, db, log: silentLog }), config);
  const reviewServer = await listen(createApp({ config: reviewConfig, db, log: silentLog }), reviewConfig);
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('writeToken', E2E_WRITE_TOKEN);
  project.provide('reviewBaseUrl', `http://127.0.0.1:${(reviewServer.address() as AddressInfo).port}`);
  project.provide('curatorTokens', CURATORS);
  return async () => {
    server.close();
    reviewServer.close();
    await metadata.close();
    await db.close();
  };
}
