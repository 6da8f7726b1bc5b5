import { spawnSync } from 'node:child_process';
import net from 'node:net';
import { describe, expect, test } from 'vitest';
import { isPortOpen } from '../../server/src/neo4j/ports.js';

const MAIN = new URL('../../server/src/main.ts', import.meta.url).pathname;
const appPort = Number(process.env.TEST_APP_PORT ?? 4100) + 50;
const boltPort = Number(process.env.TEST_NEO4J_BOLT_PORT ?? 7688) + 50;

/** Runs the app's start-up as `npm start` would (without the build), with env over a bare environment. */
function start(env: Record<string, string>) {
  return spawnSync('npx', ['tsx', MAIN], {
    env: { PATH: process.env.PATH!, HOME: process.env.HOME!, NEO4J_BOLT_PORT: String(boltPort), NEO4J_HTTP_PORT: String(boltPort + 1), ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('start-up refuses early, starting nothing', () => {
  test('a write token shorter than 24 characters or with whitespace stops the start, naming the variable', () => {
    const out = start({ PORT: String(appPort), EVIGRAPH_WRITE_TOKEN: 'short token' });
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('EVIGRAPH_WRITE_TOKEN: must be at least 24 characters with no whitespace');
  }, 150_000);

  test('an app port that is taken is reported before any Neo4j is provisioned', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(appPort, '127.0.0.1', resolve));
    try {
      const out = start({ PORT: String(appPort) });
      expect(out.status).toBe(1);
      expect(out.stderr).toContain(`port ${appPort} on 127.0.0.1 is already in use`);
      expect(out.stderr).not.toContain('starting Neo4j');
      expect(await isPortOpen(boltPort)).toBe(false);
    } finally {
      blocker.close();
    }
  }, 150_000);
});
