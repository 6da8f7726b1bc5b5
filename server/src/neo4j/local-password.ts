import neo4j from 'neo4j-driver';
import { LocalServerConflictError } from './errors.js';

const INITIAL_PASSWORD = 'neo4j';

/** Settles like `work`, or rejects after `ms`: a server that is shutting down or stopped accepts connections and never answers. */
function within<T>(work: Promise<T>, ms: number): Promise<T> {
  work.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

const QUICK = { disableLosslessIntegers: true, connectionTimeout: 3_000, connectionAcquisitionTimeout: 4_000 };

async function canLogIn(uri: string, user: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), QUICK);
  try {
    return await within(driver.verifyAuthentication(), 5_000);
  } catch {
    return false;
  } finally {
    void within(driver.close(), 2_000).catch(() => {});
  }
}

/** 'answers' when Bolt replies at all (right password or not), 'silent' when it does not within `ms`. */
export async function boltAnswers(uri: string, ms = 5_000): Promise<'answers' | 'silent'> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'probe-only'), QUICK);
  try {
    await within(driver.verifyAuthentication(), ms);
    return 'answers';
  } catch (err) {
    return /no answer within|connect|ECONNREFUSED|acquisition/i.test(String((err as Error).message)) ? 'silent' : 'answers';
  } finally {
    void within(driver.close(), 2_000).catch(() => {});
  }
}

/**
 * Makes sure `user` logs in with `password`. A fresh server still has Neo4j's
 * initial password, which must be changed before anything else runs.
 */
export async function setUpPassword(uri: string, user: string, password: string, instanceDir: string, attempts = 20): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await canLogIn(uri, user, password)) return;
    if (user === 'neo4j' && (await changeInitialPassword(uri, password))) return;
    // Bolt can answer before authentication is ready: give it a moment.
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new LocalServerConflictError(
    `the local Neo4j in ${instanceDir} does not accept the configured NEO4J_USER/NEO4J_PASSWORD: it was set up with another password. Set NEO4J_PASSWORD to that one, or reset the local database (npm run neo4j -- reset).`,
  );
}

async function changeInitialPassword(uri: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', INITIAL_PASSWORD), QUICK);
  try {
    await within(driver.executeQuery('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: INITIAL_PASSWORD, new: password }, { database: 'system' }), 5_000);
    return true;
  } catch {
    return false;
  } finally {
    void within(driver.close(), 2_000).catch(() => {});
  }
}
