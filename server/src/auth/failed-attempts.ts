/** Counts failed token attempts per client in one-minute windows; a client over the limit is refused until its window ends. */
export interface FailedAttempts {
  /** True when the client has used up its failures for this window. */
  blocked(client: string): boolean;
  /** Counts one failure of the client. */
  fail(client: string): void;
}

const WINDOW_MS = 60_000;
const MAX_TRACKED = 10_000;

export function createFailedAttempts(perMinute: number, now: () => number = Date.now): FailedAttempts {
  const windows = new Map<string, { start: number; count: number }>();
  const current = (client: string) => {
    const w = windows.get(client);
    return w && now() - w.start < WINDOW_MS ? w : null;
  };
  return {
    blocked: (client) => (current(client)?.count ?? 0) >= perMinute,
    fail(client) {
      const w = current(client);
      if (w) {
        w.count++;
        return;
      }
      if (windows.size >= MAX_TRACKED) for (const [k, v] of windows) if (now() - v.start >= WINDOW_MS) windows.delete(k);
      if (windows.size < MAX_TRACKED) windows.set(client, { start: now(), count: 1 });
    },
  };
}
