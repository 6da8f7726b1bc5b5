import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureNeo4jJars } from './neo4j-jars.js';
import { isPortOpen, waitForPort } from './ports.js';
import { boltAnswers, setUpPassword } from './local-password.js';
import { LocalServerConflictError } from './errors.js';

export interface LocalServerOptions {
  /** Folder holding jars and instances (git-ignored). */
  home: string;
  /** Instance name: its own data, logs and ports ("dev", "test"). */
  instance: string;
  boltPort: number;
  httpPort: number;
  user: string;
  password: string;
  heap: string;
  pagecache: string;
  log: (msg: string) => void;
}

export interface RunningServer {
  uri: string;
  /** True when this process started the server (and so should stop it). */
  owned: boolean;
  stop(): Promise<void>;
}

const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-Dfile.encoding=UTF-8',
];

function instanceDirs(o: LocalServerOptions) {
  const root = path.resolve(o.home, 'instances', o.instance);
  return { root, conf: path.join(root, 'conf'), data: path.join(root, 'data'), logs: path.join(root, 'logs'), pidFile: path.join(root, 'neo4j.pid') };
}

function writeConf(o: LocalServerOptions, dirs: ReturnType<typeof instanceDirs>): void {
  for (const d of [dirs.conf, dirs.data, dirs.logs]) fs.mkdirSync(d, { recursive: true });
  const conf = [
    `server.bolt.listen_address=127.0.0.1:${o.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${o.boltPort}`,
    `server.http.listen_address=127.0.0.1:${o.httpPort}`,
    'server.https.enabled=false',
    `server.directories.data=${dirs.data}`,
    `server.directories.logs=${dirs.logs}`,
    `server.memory.heap.initial_size=${o.heap}`,
    `server.memory.heap.max_size=${o.heap}`,
    `server.memory.pagecache.size=${o.pagecache}`,
    // One request cannot take the heap from the others: past this it fails alone, answered as DB_LIMIT.
    'db.memory.transaction.max=512m',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
  ];
  fs.writeFileSync(path.join(dirs.conf, 'neo4j.conf'), conf.join('\n') + '\n');
}

function readLivePid(pidFile: string): number | undefined {
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  try {
    process.kill(pid, 0);
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (cmdline.includes('CommunityEntryPoint')) return pid;
  } catch {
    /* not alive: the pid file is stale */
  }
  return undefined;
}

async function stopPid(pid: number, pidFile: string, timeoutMs = 60_000): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    fs.rmSync(pidFile, { force: true });
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      fs.rmSync(pidFile, { force: true });
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(pid, 'SIGKILL');
  fs.rmSync(pidFile, { force: true });
}

/** Stops the instance's server if one of ours is running; returns whether one was. */
export async function stopLocalServer(o: Pick<LocalServerOptions, 'home' | 'instance'>): Promise<boolean> {
  const dirs = instanceDirs(o as LocalServerOptions);
  const pid = readLivePid(dirs.pidFile);
  if (pid === undefined) return false;
  await stopPid(pid, dirs.pidFile);
  return true;
}

/** How long start-up waits for a running local server that does not answer (it may be starting or stopping). */
const STOPPING_WAIT_MS = 60_000;

/** Waits until the running server answers on Bolt, exits (it was shutting down), or stays silent past STOPPING_WAIT_MS. */
async function answersOrExits(uri: string, pid: number, log: (msg: string) => void): Promise<'answers' | 'exited' | 'silent'> {
  const deadline = Date.now() + STOPPING_WAIT_MS;
  let said = false;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return 'exited';
    if ((await boltAnswers(uri, 3_000)) === 'answers') return 'answers';
    if (!said) log(`the local Neo4j (pid ${pid}) does not answer yet (starting or shutting down?); waiting up to ${STOPPING_WAIT_MS / 1000} s`);
    said = true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return isAlive(pid) ? 'silent' : 'exited';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts (or reuses) the local Neo4j Community server of one instance and
 * resolves once Bolt answers with the configured credentials.
 */
export async function startLocalServer(o: LocalServerOptions): Promise<RunningServer> {
  const dirs = instanceDirs(o);
  const uri = `bolt://127.0.0.1:${o.boltPort}`;
  const livePid = readLivePid(dirs.pidFile);
  if (livePid !== undefined) {
    const state = await answersOrExits(uri, livePid, o.log);
    if (state === 'answers') {
      o.log(`reusing the local Neo4j already running (pid ${livePid}) for instance "${o.instance}"`);
      await setUpPassword(uri, o.user, o.password, dirs.root);
      return { uri, owned: false, stop: async () => {} };
    }
    if (state === 'silent') {
      throw new LocalServerConflictError(
        `the local Neo4j of instance "${o.instance}" (pid ${livePid}) is running but has not answered on ${uri} for ${STOPPING_WAIT_MS / 1000} s: it may be hung or stopped (kill -CONT ${livePid}, or stop it: kill ${livePid}).`,
      );
    }
    o.log(`the local Neo4j (pid ${livePid}) was shutting down and has stopped; starting it again`);
  }
  if (fs.existsSync(dirs.pidFile)) {
    o.log(`removing a stale pid file: ${dirs.pidFile} (its process is gone)`);
    fs.rmSync(dirs.pidFile);
  }
  for (const port of [o.boltPort, o.httpPort]) {
    if (await isPortOpen(port)) {
      throw new LocalServerConflictError(
        `port ${port} on 127.0.0.1 is already taken by another process; stop it, or choose free ports with NEO4J_BOLT_PORT / NEO4J_HTTP_PORT, or point NEO4J_URI at that server.`,
      );
    }
  }
  const libDir = ensureNeo4jJars(o.home, o.log);
  writeConf(o, dirs);
  const out = fs.openSync(path.join(dirs.logs, 'console.log'), 'a');
  const child = spawn(
    'java',
    ['-cp', `${path.resolve(libDir)}/*`, ...JVM_FLAGS, 'org.neo4j.server.CommunityEntryPoint', `--home-dir=${dirs.root}`, `--config-dir=${dirs.conf}`],
    { detached: true, stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  child.unref();
  fs.writeFileSync(dirs.pidFile, String(child.pid));
  let exited: string | undefined;
  child.once('exit', (code) => {
    exited = `Neo4j exited with code ${code} while starting; see ${path.join(dirs.logs, 'console.log')}`;
  });
  const stop = () => stopPid(child.pid!, dirs.pidFile);
  try {
    o.log(`starting Neo4j (instance "${o.instance}", Bolt ${o.boltPort})`);
    await waitForPort(o.boltPort, { timeoutMs: 120_000, aborted: () => exited });
    await setUpPassword(uri, o.user, o.password, dirs.root);
  } catch (err) {
    await stop();
    throw err;
  }
  return { uri, owned: true, stop };
}
