/**
 * Makes `key` of `target` computed on its first read and kept from then on. It stays an enumerable property, so
 * spreading, JSON and structured cloning see the same value as before; only requests that never read it skip its cost.
 */
export function defineLazy<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
  });
}
