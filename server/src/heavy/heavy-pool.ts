import { Piscina } from 'piscina';
import { apiError } from '../errors/codes.js';
import type { FormatJob, HeavyTask, ParseJob } from './heavy-tasks.js';
import type { WorkerFailure } from './heavy-worker.js';

/** Citation formatting and import parsing in worker threads, so a large job never blocks the requests of others. */
export interface HeavyPool {
  format: FormatJob;
  parse: ParseJob;
  close(): Promise<void>;
}

const WORKER = new URL('./heavy-worker.ts', import.meta.url);
const isTs = WORKER.pathname.endsWith('.ts');

/**
 * `threads` jobs run at once and `queue` more may wait; beyond that a job is refused at once with
 * BUSY ("busy, retry") rather than making everyone wait longer.
 */
export function createHeavyPool({ threads, queue }: { threads: number; queue: number }): HeavyPool {
  const pool = new Piscina({
    filename: WORKER.href,
    minThreads: 0,
    maxThreads: threads,
    maxQueue: queue,
    idleTimeout: 60_000,
    // The source is TypeScript: workers load it through tsx, as the main thread does.
    execArgv: isTs ? [...process.execArgv.filter((a) => !a.startsWith('--inspect')), '--import', 'tsx'] : process.execArgv,
  });

  async function run<T>(task: HeavyTask): Promise<T> {
    let out: unknown;
    try {
      out = await pool.run(task);
    } catch (err) {
      if (/Task queue is at limit|No task queue available/i.test(String((err as Error).message))) {
        throw apiError('BUSY', 'The server is busy with other citation exports and imports; retry in a few seconds.', { retryAfterSeconds: 5 });
      }
      throw err;
    }
    if (out && typeof out === 'object' && 'failed' in out) {
      const { message, extensions } = (out as WorkerFailure).failed;
      if (extensions?.code) throw apiError(extensions.code as 'BAD_USER_INPUT', message, extensions);
      throw new Error(message);
    }
    return out as T;
  }

  return {
    format: (groups, format) => run<string>({ kind: 'format', groups, format }),
    parse: (format, content) => run({ kind: 'parse', format, content }),
    close: () => pool.destroy(),
  };
}
