import { describe, expect, test } from 'vitest';
import type { Db } from '../../server/src/db/db.js';
import { NotReadyYet, servedByFilter } from '../../server/src/use-cases/evidence-map/map-cache.js';

/** The one thing the cache reads of a Db: how many writes committed through it. */
const fakeDb = () => {
  let writes = 0;
  return { db: { writes: () => writes } as unknown as Db, write: () => void (writes += 1) };
};

const deferred = <T>() => {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

describe('the evidence map served from memory', () => {
  test('is computed once between writes, and again after a write', async () => {
    const { db, write } = fakeDb();
    let runs = 0;
    const compute = async () => ++runs;
    expect(await servedByFilter(db, 'k', compute)).toMatchObject({ value: 1, stale: false });
    expect(await servedByFilter(db, 'k', compute)).toMatchObject({ value: 1, stale: false });
    write();
    expect(await servedByFilter(db, 'k', compute)).toMatchObject({ value: 2, stale: false });
    expect(runs).toBe(2);
  });

  test('a slow recomputation after a write serves the previous map marked stale, then the new one', async () => {
    const { db, write } = fakeDb();
    await servedByFilter(db, 'k', async () => 'before');
    write();
    const slow = deferred<string>();
    const during = await servedByFilter(db, 'k', () => slow.promise, { freshWaitMs: 5 });
    expect(during).toMatchObject({ value: 'before', stale: true });
    // A second request meanwhile joins the same computation rather than starting another.
    let extra = 0;
    expect(await servedByFilter(db, 'k', async () => `extra ${++extra}`, { freshWaitMs: 5 })).toMatchObject({ value: 'before', stale: true });
    expect(extra).toBe(0);
    slow.resolve('after');
    await slow.promise;
    const next = await servedByFilter(db, 'k', async () => 'unused');
    expect(next).toMatchObject({ value: 'after', stale: false });
    expect(next.computedAt).toBeGreaterThan(during.computedAt - 1);
  });

  test('a first computation longer than a request waits says so, goes on, and serves once done', async () => {
    const { db } = fakeDb();
    const slow = deferred<string>();
    await expect(servedByFilter(db, 'k', () => slow.promise, { firstWaitMs: 5 })).rejects.toBeInstanceOf(NotReadyYet);
    slow.resolve('done');
    await slow.promise;
    expect(await servedByFilter(db, 'k', async () => 'unused')).toMatchObject({ value: 'done', stale: false });
  });

  test('an aged map with no write known is served at once while it is recomputed', async () => {
    const { db } = fakeDb();
    const aged = { ttlMs: 0, ageFactor: 0 };
    await servedByFilter(db, 'k', async () => 'old', aged);
    const slow = deferred<string>();
    expect(await servedByFilter(db, 'k', () => slow.promise, { ...aged, freshWaitMs: 60_000 })).toMatchObject({ value: 'old', stale: false });
    slow.resolve('new');
    await slow.promise;
    expect(await servedByFilter(db, 'k', async () => 'unused')).toMatchObject({ value: 'new', stale: false });
  });

  test('a computation that fails is not kept', async () => {
    const { db } = fakeDb();
    await expect(servedByFilter(db, 'k', async () => Promise.reject(new Error('limit')))).rejects.toThrow('limit');
    expect(await servedByFilter(db, 'k', async () => 'ok')).toMatchObject({ value: 'ok', stale: false });
  });

  test('different filters are different maps', async () => {
    const { db } = fakeDb();
    expect((await servedByFilter(db, 'a', async () => 'A')).value).toBe('A');
    expect((await servedByFilter(db, 'b', async () => 'B')).value).toBe('B');
  });
});
