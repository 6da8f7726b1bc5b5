/** Median of the wall-clock milliseconds of `runs` calls of `fn` (after one warm-up call). */
export async function medianMs(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 100) / 100;
}

/** Completed calls per second when `concurrency` callers loop on `fn` for `durationMs`. */
export async function throughput(fn: () => Promise<unknown>, concurrency: number, durationMs: number): Promise<number> {
  const deadline = performance.now() + durationMs;
  let done = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      await fn();
      done++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return Math.round((done / (performance.now() - t0)) * 1000 * 10) / 10;
}
