import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { FULLTEXT_INDEX } from '../server/src/db/migrations.js';
import { toQuickLuceneQuery } from '../server/src/queries/search-nodes.js';
import { summarise } from '../server/src/evidence/summarise.js';
import { isDesign } from '../server/src/evidence/weights.js';
import type { DbTarget } from '../server/src/db/db.js';
import { STATEMENT_FLOOR } from './statement-floor.js';

/**
 * The raw floor: the least Cypher that answers each benchmark operation, run with neo4j-driver
 * behind a bare node:http server (no GraphQL, no validation, no loaders). evigraph's figures are
 * read as ratios to this, measured in the same run on the same database.
 */
const STATEMENTS: Record<string, string> = {
  '/search': `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $q, {limit: 20}) YIELD node, score
    RETURN node.id AS id, labels(node)[0] AS kind, coalesce(node.name, node.title, node.statement) AS label, score`,
  '/claim': `MATCH (c:Claim {id: $id})
    RETURN c {.statement,
      techniques: [(c)-[:ABOUT]->(t) | t.id], conditions: [(c)-[:IN]->(x) | x.id],
      evidence: [(c)<-[e:SUPPORTS|CONTRADICTS|QUALIFIES]-(s:Study) | e {stance: type(e), .quote, .timepoint, .effect, study: s {.id, .title, .year, .design, .sampleSize}}],
      assertedBy: [(c)<-[a:ASSERTS]-(src) | a {.quote, source: src {.title}}]} AS claim`,
  // Two bounded hops from the start: the same caps as evigraph's defaults, without ranking or summaries.
  '/neighbourhood': `MATCH (s:Technique {id: $id})
    CALL (s) { MATCH (s)-[r]-(m) WITH r, m LIMIT 50 RETURN collect(r) AS r1, collect(DISTINCT m) AS ms }
    CALL (ms) { UNWIND ms AS m CALL (m) { MATCH (m)-[r]-(x) WITH r LIMIT 50 RETURN r } RETURN collect(r) AS r2 }
    WITH r1 + r2 AS rels LIMIT 1
    UNWIND rels AS r
    WITH DISTINCT r LIMIT 1000
    RETURN collect({id: elementId(r), source: startNode(r).id, target: endNode(r).id, kind: type(r)}) AS edges`,
  '/map': `MATCH (t:Technique)<-[:ABOUT]-(c:Claim)-[:IN]->(k:Condition)
    MATCH (c)<-[e:SUPPORTS|CONTRADICTS|QUALIFIES]-(s:Study)
    RETURN t.id AS row, k.id AS column, count(DISTINCT s) AS studies, count(DISTINCT c) AS claims,
      sum(CASE type(e) WHEN 'SUPPORTS' THEN 1 ELSE 0 END) AS supporting, sum(CASE type(e) WHEN 'CONTRADICTS' THEN 1 ELSE 0 END) AS contradicting`,
};

/** One read statement the cheapest way the driver has, as evigraph reads: an auto-commit transaction in a READ session. */
async function readRows(driver: Driver, database: string, cypher: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return (await session.run(cypher, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

async function answer(driver: Driver, database: string, path: string, params: URLSearchParams): Promise<unknown> {
  const same = STATEMENT_FLOOR[path];
  if (same) return readRows(driver, database, same.cypher, same.params(params));
  const cypher = STATEMENTS[path];
  if (!cypher) return null;
  const args = path === '/search' ? { q: toQuickLuceneQuery(params.get('text') ?? '') } : { id: params.get('id') };
  const rows = await readRows(driver, database, cypher, args);
  if (path !== '/claim' || !rows[0]) return rows;
  // The same summary rule evigraph applies, so both answers carry the same fields.
  const claim = rows[0].claim as { evidence: Array<{ stance: 'SUPPORTS'; timepoint: string | null; study: { id: string; design: string; sampleSize: number | null } }>; assertedBy: unknown[] };
  const points = claim.evidence.map((e) => ({ studyId: e.study.id, stance: e.stance, design: isDesign(e.study.design) ? e.study.design : 'other', sampleSize: e.study.sampleSize ?? null, timepoint: e.timepoint }));
  return { ...claim, summary: summarise(points, { assertions: claim.assertedBy.length }) };
}

/** Starts the floor server on an ephemeral port; returns its base URL and a stop function. */
export async function startFloorServer(target: DbTarget): Promise<{ base: string; stop: () => Promise<void> }> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), { disableLosslessIntegers: true });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://floor');
    answer(driver, target.database, url.pathname, url.searchParams).then(
      (body) => {
        res.writeHead(body === null ? 404 : 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      },
      (err: Error) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: err.message }));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, stop: async () => { server.close(); await driver.close(); } };
}
