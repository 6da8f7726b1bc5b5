import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../server/src/db/db.js';
import { clearGraph } from '../../server/src/db/clear-graph.js';
import { loadSeed } from '../../server/src/seed/load-seed.js';
import { seedCopy } from './seed-fixture.js';

/**
 * A made-up second topic (does cold-water immersion help muscle soreness?), every id starting `fixture-`:
 * a seed root of its own (empty shared/, one question folder bringing three fictional studies and two
 * claims, one of them contested). Not evidence about anything.
 */
export const FIXTURE_DIR = path.join(import.meta.dirname, '../fixtures/fixture-topic');
export const FIXTURE_QUESTION = 'fixture-immersion-soreness';
export const FIXTURE_CONTESTED = 'fixture-immersion-reduces-soreness';

/** The seed tree with the fixture's question folder beside the real ones, in a temporary folder. */
export function seedWithFixtureDir(): string {
  const dir = seedCopy();
  fs.cpSync(path.join(FIXTURE_DIR, 'questions', FIXTURE_QUESTION), path.join(dir, 'questions', FIXTURE_QUESTION), { recursive: true });
  return dir;
}

/** Empties the database and loads the seed and the fixture topic. */
export async function resetAndSeedWithFixture(db: Db): Promise<void> {
  await clearGraph(db);
  await loadSeed(db, seedWithFixtureDir());
}
