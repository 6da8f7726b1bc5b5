import { spawn } from 'node:child_process';
import { describe, expect, inject, test } from 'vitest';

const MAIN = new URL('../../server/src/main.ts', import.meta.url).pathname;
const appPort = Number(process.env.TEST_APP_PORT ?? 4100) + 51;

/** What /ready answers now (0 when the port does not answer). */
const readyStatus = () => fetch(`http://127.0.0.1:${appPort}/ready`).then((r) => r.status, () => 0);

describe('start-up plans the statements before the port says ready', () => {
  test('the port answers 503 until the slow-to-plan statements are planned, then /ready is 200', async () => {
    const target = inject('neo4j');
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: { PATH: process.env.PATH!, HOME: process.env.HOME!, PORT: String(appPort), NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, SEED_ON_START: 'false' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    try {
      const seen = new Set<number>();
      const deadline = Date.now() + 150_000;
      while (Date.now() < deadline && !seen.has(200)) {
        const status = await readyStatus();
        seen.add(status);
        // At the moment the port first says ready, the planning must already be logged as done.
        if (status === 200) expect(log).toContain('statements planned');
        else await new Promise((r) => setTimeout(r, 100));
      }
      expect(seen.has(200)).toBe(true);
      expect(log.indexOf('statements planned')).toBeLessThan(log.indexOf('evigraph is running'));
    } finally {
      child.kill('SIGTERM');
    }
  }, 180_000);
});
