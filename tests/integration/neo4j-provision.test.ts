import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { LocalServerConflictError, MissingToolError } from '../../server/src/neo4j/errors.js';
import { startLocalServer } from '../../server/src/neo4j/local-server.js';
import { setUpPassword } from '../../server/src/neo4j/local-password.js';
import { provisionNeo4j } from '../../server/src/neo4j/provision.js';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function occupyPort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  cleanups.push(() => void server.close());
  return (server.address() as net.AddressInfo).port;
}

function options(home: string, boltPort: number, log: (m: string) => void = () => {}) {
  return { home, instance: 'probe', boltPort, httpPort: boltPort + 1, user: 'neo4j', password: 'evigraph-local', heap: '512m', pagecache: '64m', log };
}

describe('local Neo4j provisioning', () => {
  test('reports a Bolt port already taken instead of using it', async () => {
    const port = await occupyPort();
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'evigraph-home-'));
    await expect(startLocalServer(options(home, port))).rejects.toThrowError(LocalServerConflictError);
    await expect(startLocalServer(options(home, port))).rejects.toThrowError(new RegExp(`port ${port}`));
  });

  test('reports and removes a stale pid file whose process is gone', async () => {
    const port = await occupyPort();
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'evigraph-home-'));
    const pidFile = path.join(home, 'instances', 'probe', 'neo4j.pid');
    fs.mkdirSync(path.dirname(pidFile), { recursive: true });
    fs.writeFileSync(pidFile, '999999');
    const logged: string[] = [];
    await expect(startLocalServer(options(home, port, (m) => logged.push(m)))).rejects.toThrowError(LocalServerConflictError);
    expect(logged.join('\n')).toMatch(/stale pid file/);
    expect(fs.existsSync(pidFile)).toBe(false);
  });

  test('refuses a running server that rejects the configured password', async () => {
    const { uri } = inject('neo4j');
    // Another user name: failed logins lock the account for a few seconds, and other test files log in as neo4j.
    await expect(setUpPassword(uri, 'not-a-user', 'not-the-password', 'the test instance', 2)).rejects.toThrowError(LocalServerConflictError);
  });

  test('says what to install when neither Java nor Docker is there', async () => {
    const path0 = process.env.PATH;
    process.env.PATH = '/nonexistent';
    cleanups.push(() => void (process.env.PATH = path0));
    await expect(provisionNeo4j(loadConfig({}), () => {})).rejects.toThrowError(MissingToolError);
    await expect(provisionNeo4j(loadConfig({}), () => {})).rejects.toThrowError(/NEO4J_URI.*Java 17/s);
  });

  test('uses NEO4J_URI as given without starting anything', async () => {
    const target = await provisionNeo4j(loadConfig({ NEO4J_URI: 'bolt://db.example:7687' }), () => {});
    expect(target).toMatchObject({ via: 'configured', uri: 'bolt://db.example:7687', owned: false });
  });
});
