import { AsyncLocalStorage } from 'node:async_hooks';

/*
 * The curator's reason for the change being written. The write functions record their audit entries deep inside
 * their transactions; rather than thread a reason through every one of them, the curation use cases run the write
 * inside `withReason` and the audit log reads it here.
 */
const reasons = new AsyncLocalStorage<string>();

/** Runs `work` with `reason` as the reason every audit entry it writes records. */
export const withReason = <T>(reason: string, work: () => Promise<T>): Promise<T> => reasons.run(reason, work);

/** The reason of the write under way, or null outside `withReason`. */
export const currentReason = (): string | null => reasons.getStore() ?? null;
