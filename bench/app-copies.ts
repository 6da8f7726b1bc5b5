import { spawn, type ChildProcess } from 'node:child_process';
import type { Neo4jTarget } from '../server/src/neo4j/provision.js';

const MAIN = new URL('../server/src/main.ts', import.meta.url).pathname;

/** The curator token the app copies accept (the scale-out bench writes through one copy). */
export const COPY_TOKEN = 'bench-scale-out-curator-token-0123456789';

/** Resolves when the copy's /ready answers 200. */
async function whenReady(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app copy at ${base} exited with ${child.exitCode}`);
    const status = await fetch(`${base}/ready`).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`app copy at ${base} not ready after 300 s`);
}

/**
 * Copies of the served app (server/src/main.ts, each its own process, as a deployment runs them) on one Neo4j,
 * on consecutive ports from `firstPort` (`main`: another checkout's server/src/main.ts, to compare versions). Returns their base URLs and how long each took to say ready.
 */
export async function startAppCopies(neo4j: Neo4jTarget, count: number, firstPort: number, main: string = MAIN): Promise<{ bases: string[]; readyMs: number[]; stop: () => void }> {
  const children: ChildProcess[] = [];
  const bases: string[] = [];
  const readyMs: number[] = [];
  for (let i = 0; i < count; i++) {
    const port = firstPort + i;
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', main], {
      env: { PATH: process.env.PATH!, HOME: process.env.HOME!, PORT: String(port), NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, SEED_ON_START: 'false', LOG_LEVEL: 'warn', EVIGRAPH_WRITE_TOKEN: COPY_TOKEN },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    const base = `http://127.0.0.1:${port}`;
    await whenReady(base, child);
    readyMs.push(Math.round(performance.now() - started));
    bases.push(base);
  }
  return { bases, readyMs, stop: () => children.forEach((c) => c.kill('SIGTERM')) };
}
