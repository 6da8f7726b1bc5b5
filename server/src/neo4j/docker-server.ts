import { execFileSync, spawnSync } from 'node:child_process';
import { waitForPort } from './ports.js';
import { setUpPassword } from './local-password.js';
import type { RunningServer } from './local-server.js';

/** True when a Docker engine answers (a client alone is not enough). */
export function hasDockerEngine(): boolean {
  return spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
}

/** Brings up the `neo4j` service of docker-compose.yml and waits until Bolt accepts the password. */
export async function startDockerServer(o: { password: string; user: string; boltPort: number; log: (m: string) => void }): Promise<RunningServer> {
  o.log('starting Neo4j with docker compose (service "neo4j")');
  execFileSync('docker', ['compose', 'up', '-d', 'neo4j'], {
    stdio: 'inherit',
    env: { ...process.env, NEO4J_PASSWORD: o.password, NEO4J_BOLT_PORT: String(o.boltPort) },
  });
  const uri = `bolt://127.0.0.1:${o.boltPort}`;
  await waitForPort(o.boltPort, { timeoutMs: 120_000 });
  await setUpPassword(uri, o.user, o.password, 'the docker volume evigraph_neo4j-data');
  // The container outlives this process on purpose: `docker compose down` stops it.
  return { uri, owned: false, stop: async () => {} };
}
