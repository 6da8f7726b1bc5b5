import type { Db } from '../db/db.js';

/** How long a map computed here may serve when no write went through this process (writes by other copies of the API show after this). */
export const MAP_CACHE_TTL_MS = 60_000;
/** Distinct filters kept at most; the oldest goes first. */
const MAX_ENTRIES = 50;

interface Entry<T> {
  writes: number;
  at: number;
  value: Promise<T>;
}

const caches = new WeakMap<Db, Map<string, Entry<unknown>>>();

/**
 * The evidence map for one (axes, filter) key, computed once and served from memory until a write
 * commits through this Db (any curator write, import or load) or the TTL passes. Concurrent first
 * requests share one computation; a failed one is not kept.
 */
export function cachedByFilter<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  const cache = caches.get(db) ?? new Map<string, Entry<unknown>>();
  caches.set(db, cache);
  const now = Date.now();
  const hit = cache.get(key) as Entry<T> | undefined;
  if (hit && hit.writes === db.writes() && now - hit.at < MAP_CACHE_TTL_MS) return hit.value;
  const entry: Entry<T> = { writes: db.writes(), at: now, value: compute() };
  cache.delete(key);
  cache.set(key, entry);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  entry.value.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return entry.value;
}
