import { runHeavyTask, type HeavyTask } from './heavy-tasks.js';

/** A coded error as it crosses the thread boundary (a GraphQLError would arrive as a plain Error without its code). */
export interface WorkerFailure {
  failed: { message: string; extensions: Record<string, unknown> | null };
}

/** Piscina's entry point: runs one job in this worker thread. */
export default async function heavyWorker(task: HeavyTask): Promise<unknown> {
  try {
    return await runHeavyTask(task);
  } catch (err) {
    const e = err as Error & { extensions?: Record<string, unknown>; details?: Record<string, unknown> };
    // Input at fault (InputError from the pure parsers, or a coded GraphQLError) keeps its code and details.
    const extensions = e.name === 'InputError' ? { ...e.details, code: 'BAD_USER_INPUT' } : e.name === 'GraphQLError' ? (e.extensions ?? null) : null;
    return { failed: { message: e.message, extensions } } satisfies WorkerFailure;
  }
}
