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

/** Installs pybtex, networkx and jsonschema (tests/python/requirements.txt) unless they import already; throws when that fails. */
export function ensurePythonReaders(): void {
  const probe = spawnSync(PYTHON, ['-c', 'import pybtex, networkx, jsonschema'], { encoding: 'utf8' });
  if (probe.status === 0) return;
  execFileSync(PYTHON, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', REQUIREMENTS], { stdio: 'inherit' });
}

export type Reader = 'bibtex' | 'csl' | 'graphml' | 'cyjs' | 'gexf';

/** Writes `content` to a temporary file and reads it back with tests/python/read_back.py; a file the reader rejects throws its message. */
export function readBack<T = any>(reader: Reader, content: string, extension: string, ...args: string[]): T {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'evigraph-read-back-')), `export.${extension}`);
  fs.writeFileSync(file, content);
  const run = spawnSync(PYTHON, [SCRIPT, reader, file, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`${reader} reader rejected the file: ${run.stderr.trim()}`);
  return JSON.parse(run.stdout) as T;
}
