import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import type { Log } from '../log.js';
import type { FailedAttempts } from '../auth/failed-attempts.js';
import type { HeavyJobs } from '../heavy/heavy-jobs.js';

/** What every resolver receives (its per-request loaders hang off it: see loaders.ts). */
export interface Context {
  config: Config;
  db: Db;
  log: Log;
  request: Request;
  /** The peer address, for per-client limits ('unknown' when served without a socket, as in tests). */
  client: string;
  failedAttempts: FailedAttempts;
  /** Citation formatting and import parsing off the request thread. */
  heavy: HeavyJobs;
}
