import { inject } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { createApp, type App } from '../../server/src/app.js';
import { silentLog } from '../../server/src/log.js';
import type { Db } from '../../server/src/db/db.js';
import { createTestDb, resetAndSeed } from '../support/test-db.js';

/** The curator token the API tests configure. */
export const TEST_TOKEN = 'api-test-curator-token-0123456789';

export interface GqlResult<D = any> {
  status: number;
  data?: D | null;
  errors?: Array<{ message: string; path?: string[]; extensions: { code: string; [k: string]: unknown } }>;
}

/** An app on the test database; `token` '' disables writes. */
export function createTestApp(db: Db, token = TEST_TOKEN): App {
  const target = inject('neo4j');
  const config = loadConfig({ NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, EVIGRAPH_WRITE_TOKEN: token });
  return createApp({ config, db, log: silentLog });
}

/** POSTs one GraphQL operation to the app, as a client would. */
export async function gql<D = any>(app: App, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GqlResult<D>> {
  const res = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

/** The error codes of a result, in order. */
export const codes = (r: GqlResult) => (r.errors ?? []).map((e) => e.extensions.code);

/** The data of a result that must have no errors. */
export function dataOf<D>(r: GqlResult<D>): D {
  if (r.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(r.errors)}`);
  return r.data as D;
}

/** A freshly seeded test database and an app on it, for a test file's beforeAll. */
export async function createSeededApp(token = TEST_TOKEN): Promise<{ db: Db; app: App }> {
  const db = createTestDb();
  await resetAndSeed(db);
  return { db, app: createTestApp(db, token) };
}
