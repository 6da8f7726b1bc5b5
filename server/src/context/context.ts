import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import type { Log } from '../log.js';

/** What every resolver receives (its per-request loaders hang off it: see loaders.ts). */
export interface Context {
  config: Config;
  db: Db;
  log: Log;
  request: Request;
}
