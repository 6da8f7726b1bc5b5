import neo4j from 'neo4j-driver';
import { LocalServerConflictError } from './errors.js';

const INITIAL_PASSWORD = 'neo4j';

async function canLogIn(uri: string, user: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  try {
    return await driver.verifyAuthentication();
  } catch {
    return false;
  } finally {
    await driver.close();
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
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', INITIAL_PASSWORD));
  try {
    await driver.executeQuery('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: INITIAL_PASSWORD, new: password }, { database: 'system' });
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}
