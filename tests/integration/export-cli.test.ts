import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parse as parseRis } from 'astrocite-ris';
import type { Db } from '../../server/src/db/db.js';
import { createTestDb, resetAndSeed } from '../support/test-db.js';

const run = promisify(execFile);
let db: Db;

function cli(args: string[]) {
  const target = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, NEO4J_DATABASE: target.database };
  return run(process.execPath, ['--import', 'tsx', 'server/src/cli/export-cli.ts', ...args], { env });
}

beforeAll(async () => {
  db = createTestDb();
  await resetAndSeed(db);
});

afterAll(async () => {
  await db.close();
});

describe('npm run export', () => {
  test('--claim --format ris --out writes the claim\'s studies to the file', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'evigraph-export-')), 'refs.ris');
    await cli(['--claim', 'massage-effective-for-low-back-pain', '--format', 'ris', '--out', out]);
    const rows = await db.read<{ id: string }>(
      'TEST_CLAIM_STUDIES',
      'MATCH (:Claim {id: $c})<-[:SUPPORTS|CONTRADICTS|QUALIFIES]-(s:Study) RETURN DISTINCT s.id AS id',
      { c: 'massage-effective-for-low-back-pain' },
    );
    expect((parseRis(fs.readFileSync(out, 'utf8')) as { id: string }[]).map((i) => i.id).sort()).toEqual(rows.map((r) => r.id).sort());
  });

  test('--ids a,b --format apa writes the bibliography to stdout', async () => {
    const { stdout } = await cli(['--ids', 'cherkin2011,furlan2015cochrane', '--format', 'apa']);
    expect(stdout.trim().split('\n').map((l) => l.slice(0, 12))).toEqual(['Cherkin, D. ', 'Furlan, A. D']);
  });

  test('an unknown claim fails with NOT_FOUND and exit code 1', async () => {
    await expect(cli(['--claim', 'no-such-claim'])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('NOT_FOUND') });
  });
});
