import { createDb, type Db, type DbTarget } from './db/db.js';
import type { Log } from './log.js';
import { getNeighbourhood, NEIGHBOURHOOD_DEPTHS } from './queries/get-neighbourhood.js';
import { getPaths } from './queries/get-paths.js';
import { getClaimWhole } from './queries/get-claim-whole.js';
import { LEAN_STUDY_PROPS } from './resolvers/claim-parts.js';
import { searchNodes } from './queries/search-nodes.js';
import { MAP_TIMEOUT_MS } from './queries/get-evidence-map.js';
import { evidenceMapOf } from './use-cases/evidence-map/evidence-map.js';
import { toGraphCriteria } from './resolvers/evidence-args.js';
import { toEvidenceCriteria } from './resolvers/evidence-args.js';

/** An id no node has: the statements are planned and run, and find nothing. */
const NO_NODE = '\u0000warm-up';
/** Planning the neighbourhood statement takes seconds on two busy cores: longer than a request's deadline. */
const PLANNING_MS = 120_000;

/** Plans the statements, then computes the default evidence map (technique × condition, no filter) into the map cache. */
export async function warmUp(db: Db, target: DbTarget, log: Log): Promise<void> {
  const started = performance.now();
  await planStatements(target, log);
  await defaultEvidenceMap(db, log);
  log.info('warm-up done', { ms: Math.round(performance.now() - started) });
}

/**
 * Before the port answers: has Neo4j plan the statements whose first planning takes seconds (with the parameter
 * types real requests send, so the cached plans are the ones used). Failures are logged, never fatal.
 */
export async function planStatements(target: DbTarget, log: Log): Promise<void> {
  const started = performance.now();
  const planner = createDb(target, log, { queryMs: PLANNING_MS });
  const none = toGraphCriteria(null);
  const steps: Array<[string, () => Promise<unknown>]> = [
    ...NEIGHBOURHOOD_DEPTHS.map((d): [string, () => Promise<unknown>] => [`neighbourhood depth ${d}`, () => getNeighbourhood(planner, [NO_NODE], d, none, 150)]),
    ['paths', () => getPaths(planner, NO_NODE, `${NO_NODE}2`, 4, none)],
    ['claim', () => getClaimWhole(planner, NO_NODE)],
    ['claim page', () => getClaimWhole(planner, NO_NODE, { context: true, studyProps: LEAN_STUDY_PROPS })],
    ['claim evidence', () => getClaimWhole(planner, NO_NODE, { context: false, studyProps: LEAN_STUDY_PROPS })],
    ['search', () => searchNodes(planner, 'warm up', null, 20)],
  ];
  try {
    for (const [name, step] of steps) await step().catch((err: Error) => log.warn('warm-up step failed', { step: name, reason: err.message }));
  } finally {
    await planner.close();
  }
  log.info('statements planned', { ms: Math.round(performance.now() - started) });
}

/** The map the page opens: its first reading takes minutes on a very large graph (requests meanwhile are told to retry); this waits for it. */
export async function defaultEvidenceMap(db: Db, log: Log): Promise<void> {
  await evidenceMapOf(db, 'Technique', 'Condition', toEvidenceCriteria(null), { firstWaitMs: MAP_TIMEOUT_MS }).catch((err: Error) =>
    log.warn('warm-up step failed', { step: 'evidence map', reason: err.message }),
  );
}
