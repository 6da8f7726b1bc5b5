import { clearGraph } from '../../server/src/db/clear-graph.js';
import { inject } from 'vitest';
import { createDb, type Db } from '../../server/src/db/db.js';
import { silentLog } from '../../server/src/log.js';
import { loadSeed } from '../../server/src/seed/load-seed.js';
import { seedCopy } from './seed-fixture.js';

/**
 * A Db on the test server that the global setup started. Its deadline is generous: the test
 * machine is shared and slow, and only the outage tests measure how fast a hung database is reported.
 */
export function createTestDb(): Db {
  return createDb(inject('neo4j'), silentLog, { queryMs: 60_000 });
}

export { clearGraph };

/** Empties the database and loads the seed graph, so a test file starts from a known state. */
export async function resetAndSeed(db: Db): Promise<void> {
  await clearGraph(db);
  await loadSeed(db, seedCopy());
}

export interface GraphTotals {
  nodes: number;
  relationships: number;
}

/** Total node and relationship counts. */
export async function countAll(db: Db): Promise<GraphTotals> {
  const [n] = await db.read<{ c: number }>('TEST_COUNT_NODES', 'MATCH (n) RETURN count(n) AS c');
  const [r] = await db.read<{ c: number }>('TEST_COUNT_RELS', 'MATCH ()-[r]->() RETURN count(r) AS c');
  return { nodes: n!.c, relationships: r!.c };
}
