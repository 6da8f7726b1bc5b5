import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../server/src/db/db.js';
import { dryRun } from '../../server/src/db/dry-run.js';
import { createSeededApp } from './api-client.js';

let db: Db;

beforeAll(async () => ({ db } = await createSeededApp()));
afterAll(() => db.close());

const countProbes = async (reader: Db) => (await reader.read<{ n: number }>('COUNT_PROBES', 'MATCH (p:DryRunProbe) RETURN count(p) AS n'))[0]?.n;

describe('dryRun', () => {
  test('work sees its own writes, through write, writeTx and read, and nothing is committed', async () => {
    const seen = await dryRun(db, 'PROBE', async (txDb) => {
      await txDb.write('ADD_PROBE', 'CREATE (:DryRunProbe {id: 1})');
      await txDb.writeTx('ADD_PROBE_TX', (tx) => tx.run('CREATE (:DryRunProbe {id: 2})'));
      return countProbes(txDb);
    });
    expect(seen).toBe(2);
    expect(await countProbes(db)).toBe(0);
  });

  test('a failing statement rolls back what came before it and names the dry run', async () => {
    const failing = dryRun(db, 'PROBE', async (txDb) => {
      await txDb.write('ADD_PROBE', 'CREATE (:DryRunProbe {id: 3})');
      await txDb.read('BROKEN', 'MATCH (n RETURN n');
    });
    await expect(failing).rejects.toThrow();
    expect(await countProbes(db)).toBe(0);
  });
});
