import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../server/src/db/db.js';
import { importWorkbook } from '../../server/src/use-cases/workbook-import.js';
import { snapshot } from '../../server/src/workbook/graph-snapshot.js';
import { clearGraph, createTestDb, resetAndSeed } from '../support/test-db.js';
import { exportedTables } from '../support/workbook-graph.js';

let db: Db;
beforeAll(async () => {
  db = createTestDb();
  await resetAndSeed(db);
});
afterAll(() => db.close());

describe('export all → import into an empty database: the same graph (the backup path)', () => {
  test('every node, relationship and property comes back', async () => {
    const original = await snapshot(db);
    const tables = await exportedTables(db);
    await clearGraph(db);
    expect((await snapshot(db)).size).toBe(0);
    const report = await importWorkbook(db, tables, { dryRun: false });
    expect(report.problems).toEqual([]);
    expect(report.written).toBe(true);
    const restored = await snapshot(db);
    const differing = [...new Set([...original.keys(), ...restored.keys()])].filter((k) => original.get(k) !== restored.get(k));
    expect(differing.map((k) => ({ key: k, before: original.get(k), after: restored.get(k) }))).toEqual([]);
    expect(restored.size).toBe(original.size);
    expect(original.size).toBeGreaterThan(500);
  });

  test('importing the same export again changes nothing', async () => {
    const before = await snapshot(db);
    const report = await importWorkbook(db, await exportedTables(db), { dryRun: false });
    expect(report.changes.filter((c) => c.added || c.changed || c.removed)).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  });
});
