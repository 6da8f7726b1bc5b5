import type { Db } from '../../db/db.js';

/**
 * How long a map computed here is served before it is recomputed in the background when no write went through this
 * process (writes by other copies of the API show after this, or after ten times the map's computing time if longer).
 */
export const MAP_CACHE_TTL_MS = 60_000;
/**
 * How long a request waits for a recomputation after a write before it is answered with the previous map,
 * marked stale. On the seed graph a recomputation takes milliseconds, so every answer is current; at a million
 * evidence edges it takes minutes, and the map stays usable meanwhile.
 */
export const MAP_FRESH_WAIT_MS = 5_000;
/**
 * How long a request waits for a map never computed before. On a very large graph the first reading takes minutes;
 * it goes on in the background and the request is told to come back (NotReadyYet) instead of holding a connection.
 */
export const MAP_FIRST_WAIT_MS = 20_000;
/** Distinct filters kept at most; the oldest goes first. */
const MAX_ENTRIES = 50;

/** A map as served: when its computation started, and whether writes since then are missing from it. */
export interface Served<T> {
  value: T;
  computedAt: number;
  stale: boolean;
}

interface Run<T> {
  writes: number;
  at: number;
  promise: Promise<T>;
}

interface Slot<T> {
  /** The last map computed: the write count and time its computation started at, and how long it took. */
  done: { value: T; writes: number; at: number; ms: number } | null;
  running: Run<T> | null;
}

const caches = new WeakMap<Db, Map<string, Slot<unknown>>>();

export interface ServeOptions {
  freshWaitMs?: number;
  firstWaitMs?: number;
  ttlMs?: number;
  /** A map is recomputed for its age no sooner than this many times its own computing time. */
  ageFactor?: number;
}

/** The first computation of this map is still under way after `firstWaitMs`. */
export class NotReadyYet extends Error {
  constructor(readonly startedAt: number) {
    super(`still being computed (started ${new Date(startedAt).toISOString()})`);
  }
}

/**
 * The evidence map for one (axes, filter) key. Computed once and served from memory until a write commits
 * through this Db (any curator write, import or load) or the TTL passes; then recomputed, one computation per
 * key at a time, shared by concurrent requests. After a write a request waits for the recomputation up to
 * `freshWaitMs`, and past that gets the previous map marked stale (never silently: `stale` and `computedAt` say
 * so); after the TTL alone it gets the previous map at once while the new one is computed. With no
 * previous map it waits for the first up to `firstWaitMs`, then throws NotReadyYet. A failed computation is not kept.
 */
export async function servedByFilter<T>(db: Db, key: string, compute: () => Promise<T>, options: ServeOptions = {}): Promise<Served<T>> {
  const { freshWaitMs = MAP_FRESH_WAIT_MS, firstWaitMs = MAP_FIRST_WAIT_MS, ttlMs = MAP_CACHE_TTL_MS, ageFactor = 10 } = options;
  const slot = slotOf<T>(db, key);
  const writes = db.writes();
  const now = Date.now();
  const noWriteSince = (x: { writes: number }) => x.writes === writes;
  // A map that takes minutes to compute is not recomputed every minute on the chance of a write elsewhere.
  const young = (x: { at: number; ms: number }) => now - x.at < Math.max(ttlMs, ageFactor * x.ms);
  const done = slot.done;
  if (done && noWriteSince(done) && young(done)) return { value: done.value, computedAt: done.at, stale: false };

  const run = slot.running ?? start(slot, compute, writes, now);
  const served = (value: T): Served<T> => ({ value, computedAt: run.at, stale: !noWriteSince(run) });
  if (!done) {
    const first = await within(run.promise, firstWaitMs);
    if (!first) throw new NotReadyYet(run.at);
    return served(first.value);
  }
  // Only aged, with no write known here: the previous map now, the new one for later requests.
  if (noWriteSince(done)) return { value: done.value, computedAt: done.at, stale: false };
  const finished = await within(run.promise, freshWaitMs).catch(() => null);
  return finished ? served(finished.value) : { value: done.value, computedAt: done.at, stale: true };
}

/** The promise's value if it settles within `ms`, else null; a rejection passes through. */
const within = <T>(promise: Promise<T>, ms: number) => Promise.race([promise.then((value) => ({ value })), delay(ms).then(() => null)]);

function slotOf<T>(db: Db, key: string): Slot<T> {
  const cache = caches.get(db) ?? new Map<string, Slot<unknown>>();
  caches.set(db, cache);
  const slot = (cache.get(key) as Slot<T> | undefined) ?? { done: null, running: null };
  cache.delete(key);
  cache.set(key, slot);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return slot;
}

function start<T>(slot: Slot<T>, compute: () => Promise<T>, writes: number, at: number): Run<T> {
  const run: Run<T> = { writes, at, promise: compute() };
  slot.running = run;
  run.promise.then(
    (value) => {
      if (slot.running === run) slot.running = null;
      if (!slot.done || slot.done.at <= run.at) slot.done = { value, writes: run.writes, at: run.at, ms: Date.now() - run.at };
    },
    () => {
      if (slot.running === run) slot.running = null;
    },
  );
  return run;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
