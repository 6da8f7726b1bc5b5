import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../server/src/db/db.js';
import { clearGraph } from '../../server/src/db/clear-graph.js';
import { loadSeed, SEED_DATA_DIR } from '../../server/src/seed/load-seed.js';

/**
 * A made-up second topic (does cold-water immersion help muscle soreness?), every id starting `fixture-`:
 * three fictional studies, two claims, one of them contested. Not evidence about anything.
 */
export const FIXTURE_DIR = path.join(import.meta.dirname, '../fixtures/fixture-topic');
export const FIXTURE_CONTESTED = 'fixture-immersion-reduces-soreness';

/**
 * The seed files with the fixture's records appended, in a temporary folder. They load as one: the loader
 * removes seeded evidence and relations not in the folder it loads, so loading the fixture after the seed
 * would remove the seed's.
 */
export function seedWithFixtureDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evigraph-seed-fixture-'));
  for (const name of fs.readdirSync(SEED_DATA_DIR)) {
    const seed = JSON.parse(fs.readFileSync(path.join(SEED_DATA_DIR, name), 'utf8'));
    const extra = fs.existsSync(path.join(FIXTURE_DIR, name)) ? JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, name), 'utf8')) : [];
    fs.writeFileSync(path.join(dir, name), JSON.stringify([...seed, ...extra]));
  }
  return dir;
}

/** Empties the database and loads the seed and the fixture topic. */
export async function resetAndSeedWithFixture(db: Db): Promise<void> {
  await clearGraph(db);
  await loadSeed(db, seedWithFixtureDir());
}
