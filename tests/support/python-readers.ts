import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const SCRIPT = path.join(ROOT, 'tests/python/read_back.py');
const REQUIREMENTS = path.join(ROOT, 'tests/python/requirements.txt');
/** The CSL input-data schema, vendored so validation needs no network. */
export const CSL_SCHEMA = path.join(ROOT, 'tests/fixtures/csl/csl-data.json');
const PYTHON = process.env.PYTHON ?? 'python3';

/** Installs tests/python/requirements.txt unless every one of `modules` imports already; throws when that fails. */
export function ensurePythonModules(modules: readonly string[]): void {
  const probe = spawnSync(PYTHON, ['-c', `import ${modules.join(', ')}`], { encoding: 'utf8' });
  if (probe.status === 0) return;
  execFileSync(PYTHON, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', REQUIREMENTS], { stdio: 'inherit' });
}

/** Installs pybtex, networkx and jsonschema (tests/python/requirements.txt) unless they import already; throws when that fails. */
export function ensurePythonReaders(): void {
  ensurePythonModules(['pybtex', 'networkx', 'jsonschema']);
}

export type Reader = 'bibtex' | 'csl' | 'graphml' | 'cyjs' | 'gexf';

/** Writes `content` to a temporary file and reads it back with tests/python/read_back.py; a file the reader rejects throws its message. */
export function readBack<T = any>(reader: Reader, content: string, extension: string, ...args: string[]): T {
  const run = runPythonOnFile([SCRIPT, reader], content, extension, args);
  if (run.status !== 0) throw new Error(`${reader} reader rejected the file: ${run.stderr.trim()}`);
  return JSON.parse(run.stdout) as T;
}

/** Writes `content` to a temporary file and runs `python3 ...command FILE ...args` on it; the file is removed afterwards. */
export function runPythonOnFile(command: readonly string[], content: string, extension: string, args: readonly string[] = []) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'evigraph-read-back-')), `export.${extension}`);
  fs.writeFileSync(file, content);
  const run = spawnSync(PYTHON, [...command, file, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return run;
}
