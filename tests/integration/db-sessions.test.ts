import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../server/src/db/db.js';
import { createTestDb } from '../support/test-db.js';

let db: Db;
beforeAll(() => {
  db = createTestDb();
});
afterAll(async () => {
  await db.write('TEST_CLEANUP', 'MATCH (n:Outcome {id: $id}) DELETE n', { id: 'bookmark-probe' });
  await db.close();
});

describe('cluster-ready sessions', () => {
  test('reads run in READ transactions, which a cluster routes to readers: a write statement there is refused', async () => {
    const err = await db.read('TEST_WRITE_IN_READ', 'CREATE (:Outcome {id: "never"})').catch((e: Error) => e);
    expect(String(err)).toMatch(/read access mode|not allowed/i);
  });

  test("a write's bookmark is what the next read starts from, so a read after a curator's write sees it", async () => {
    const before = await db.bookmarks();
    await db.write('TEST_BOOKMARK_WRITE', 'CREATE (:Outcome {id: $id, name: "bookmark probe"})', { id: 'bookmark-probe' });
    const after = await db.bookmarks();
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
    const [row] = await db.read<{ name: string }>('TEST_BOOKMARK_READ', 'MATCH (o:Outcome {id: $id}) RETURN o.name AS name', { id: 'bookmark-probe' });
    expect(row?.name).toBe('bookmark probe');
  });
});
