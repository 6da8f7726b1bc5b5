import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { createApp, type App } from '../../server/src/app.js';
import { createDb, type Db } from '../../server/src/db/db.js';
import { silentLog } from '../../server/src/log.js';
import { migrate } from '../../server/src/db/migrations.js';
import { startLocalServer, stopLocalServer } from '../../server/src/neo4j/local-server.js';
import { localServerOptions } from '../../server/src/neo4j/provision.js';
import { codes, gql } from './api-client.js';

// A Neo4j of this file's own, on its own ports, so stopping it disturbs no other test.
const config = loadConfig({ NEO4J_BOLT_PORT: '7695', NEO4J_HTTP_PORT: '7485', NEO4J_HEAP: '512m' });
const server = localServerOptions(config, 'api-outage', () => {});

let db: Db;
let app: App;
const COUNTS = '{ counts { nodes { label count } } }';
const status = async (path: string) => (await app.fetch(`http://localhost${path}`)).status;

/** Resolves with the request's result, or 'too slow' after `ms`. */
const within = <T>(ms: number, work: Promise<T>) => Promise.race([work, new Promise<'too slow'>((r) => setTimeout(() => r('too slow'), ms))]);

beforeAll(async () => {
  const running = await startLocalServer(server);
  db = createDb({ uri: running.uri, user: server.user, password: server.password, database: config.NEO4J_DATABASE }, silentLog);
  await migrate(db);
  app = createApp({ config, db, log: silentLog });
}, 240_000);

afterAll(async () => {
  await db?.close();
  await stopLocalServer(server);
}, 120_000);

describe('the database stops and starts under a running API', () => {
  test('answers DB_UNAVAILABLE within 5 s while it is away, /ready 503, /health alive, and recovers by itself', async () => {
    expect(codes(await gql(app, COUNTS))).toEqual([]);
    expect(await status('/ready')).toBe(200);

    expect(await stopLocalServer(server)).toBe(true);

    const down = await within(5_000, gql(app, COUNTS));
    expect(down === 'too slow' ? ['too slow'] : codes(down)).toEqual(['DB_UNAVAILABLE']);
    const search = await within(5_000, gql(app, '{ search(text: "massage") { kind } }'));
    expect(search === 'too slow' ? ['too slow'] : codes(search)).toEqual(['DB_UNAVAILABLE']);
    expect(await within(5_000, status('/ready'))).toBe(503);
    expect(await status('/health')).toBe(200);

    await startLocalServer(server);
    let recovered = false;
    for (let i = 0; i < 60 && !recovered; i++) {
      recovered = codes(await gql(app, COUNTS)).length === 0;
      if (!recovered) await new Promise((r) => setTimeout(r, 1_000));
    }
    expect(recovered).toBe(true);
    expect(await status('/ready')).toBe(200);
  }, 240_000);
});
