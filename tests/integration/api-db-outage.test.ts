import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { createApp, type App } from '../../server/src/app.js';
import { createDb, type Db } from '../../server/src/db/db.js';
import { silentLog } from '../../server/src/log.js';
import { migrate } from '../../server/src/db/migrations.js';
import { startLocalServer, stopLocalServer } from '../../server/src/neo4j/local-server.js';
import { localServerOptions } from '../../server/src/neo4j/provision.js';
import { codes, gql } from './api-client.js';
import fs from 'node:fs';
import path from 'node:path';

// A Neo4j of this file's own, on its own ports (100 above the test server's), so stopping it disturbs no other test.
const config = loadConfig({
  NEO4J_BOLT_PORT: String(Number(process.env.TEST_NEO4J_BOLT_PORT ?? 7595) + 100),
  NEO4J_HTTP_PORT: String(Number(process.env.TEST_NEO4J_HTTP_PORT ?? 7385) + 100),
  NEO4J_HEAP: '512m',
});
const server = localServerOptions(config, 'api-outage', () => {});
const pidFile = path.resolve(config.NEO4J_HOME, 'instances', 'api-outage', 'neo4j.pid');

let db: Db;
let app: App;
const COUNTS = '{ counts { nodes { label count } } }';
const status = async (path: string) => (await app.fetch(`http://localhost${path}`)).status;

/** Resolves with the request's result, or 'too slow' after `ms`. */
const within = <T>(ms: number, work: Promise<T>) => Promise.race([work, new Promise<'too slow'>((r) => setTimeout(() => r('too slow'), ms))]);

/** True once a query succeeds, polling for up to a minute. */
async function answersWithin60s(): Promise<boolean> {
  for (let i = 0; i < 60; i++) {
    if (codes(await gql(app, COUNTS)).length === 0) return true;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  return false;
}

beforeAll(async () => {
  const running = await startLocalServer(server);
  // The app's own deadlines (not the tests' generous ones): they are what is under test.
  db = createDb({ uri: running.uri, user: server.user, password: server.password, database: config.NEO4J_DATABASE }, silentLog, {
    queryMs: config.NEO4J_QUERY_TIMEOUT_MS,
  });
  await migrate(db);
  app = createApp({ config, db, log: silentLog });
}, 240_000);

afterAll(async () => {
  await db?.close();
  await stopLocalServer(server);
}, 120_000);

describe('the database stops and starts under a running API', () => {
  test('answers DB_UNAVAILABLE within 5 s while it is away, /ready 503, /health alive, and recovers by itself', async () => {
    expect(await answersWithin60s()).toBe(true); // a cold server on a busy machine can miss the first deadline
    expect(await status('/ready')).toBe(200);

    expect(await stopLocalServer(server)).toBe(true);

    const down = await within(5_000, gql(app, COUNTS));
    expect(down === 'too slow' ? ['too slow'] : codes(down)).toEqual(['DB_UNAVAILABLE']);
    const search = await within(5_000, gql(app, '{ search(text: "massage") { kind } }'));
    expect(search === 'too slow' ? ['too slow'] : codes(search)).toEqual(['DB_UNAVAILABLE']);
    expect(await within(5_000, status('/ready'))).toBe(503);
    expect(await status('/health')).toBe(200);

    await startLocalServer(server);
    expect(await answersWithin60s()).toBe(true);
    expect(await status('/ready')).toBe(200);
  }, 240_000);

  test('a hung server (SIGSTOP) answers DB_UNAVAILABLE within 5 s and /ready 503 within 2 s; after SIGCONT it recovers', async () => {
    await startLocalServer(server);
    expect(await answersWithin60s()).toBe(true);
    const pid = Number(fs.readFileSync(pidFile, 'utf8'));
    process.kill(pid, 'SIGSTOP');
    try {
      const started = Date.now();
      const down = await within(5_000, gql(app, COUNTS));
      console.log(`hung database: DB_UNAVAILABLE after ${Date.now() - started} ms`);
      expect(down === 'too slow' ? ['too slow'] : codes(down)).toEqual(['DB_UNAVAILABLE']);
      const write = await within(5_000, gql(app, '{ search(text: "massage") { kind } }'));
      expect(write === 'too slow' ? ['too slow'] : codes(write)).toEqual(['DB_UNAVAILABLE']);
      const readyStarted = Date.now();
      expect(await within(2_000, status('/ready'))).toBe(503);
      console.log(`hung database: /ready 503 after ${Date.now() - readyStarted} ms`);
      expect(await status('/health')).toBe(200);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    const resumed = Date.now();
    let back = false;
    for (let i = 0; i < 60 && !back; i++) {
      back = codes(await gql(app, COUNTS)).length === 0;
      if (!back) await new Promise((r) => setTimeout(r, 250));
    }
    console.log(`hung database: first good answer ${Date.now() - resumed} ms after SIGCONT`);
    expect(back).toBe(true);
    expect(await status('/ready')).toBe(200);
  }, 240_000);
});
