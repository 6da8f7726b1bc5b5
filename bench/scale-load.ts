import type { Db } from '../server/src/db/db.js';
import { checkSeed } from '../server/src/seed/check-seed.js';
import { SEED_ROOT } from '../server/src/seed/load-seed.js';
import { REFRESH_STATS, SEED_LABELS } from '../server/src/seed/seed-cypher.js';
import { toRows, type Row } from '../server/src/seed/to-rows.js';
import { EVIDENCE_TYPES } from '../server/src/queries/cypher-parts.js';

/** Rows per transaction when growing the graph: big batches, few round trips. */
const BATCH = 5000;

/**
 * Grows the seeded graph in the seed's own model: copy k of every study, claim and their edges gets
 * ids suffixed `-x<k>`; techniques, conditions, outcomes, mechanisms and articles stay shared, so
 * they become hubs (the *massage* technique gains one ABOUT per copied claim about it).
 */
const sfx = (id: string, k: number) => `${id}-x${k}`;

const CREATE_NODES = (label: string) => `UNWIND $rows AS row CREATE (n:${label}) SET n = row`;
const CREATE_CLAIM_LINKS = `
  UNWIND $rows AS row
  MATCH (c:Claim {id: row.id})
  CALL (c, row) { UNWIND row.about AS t MATCH (x:Technique {id: t}) CREATE (c)-[:ABOUT]->(x) }
  CALL (c, row) { UNWIND row.in AS t MATCH (x:Condition {id: t}) CREATE (c)-[:IN]->(x) }
  CALL (c, row) { UNWIND row.on AS t MATCH (x:Outcome {id: t}) CREATE (c)-[:ON]->(x) }
  CALL (c, row) { UNWIND row.via AS t MATCH (x:Mechanism {id: t}) CREATE (c)-[:VIA]->(x) }`;
const CREATE_ASSERTIONS = `UNWIND $rows AS row MATCH (s:Source {id: row.source}), (c:Claim {id: row.claim}) CREATE (s)-[r:ASSERTS]->(c) SET r = row {.id, .quote}`;
const CREATE_CITATIONS = `UNWIND $rows AS row MATCH (s:Source {id: row.source}), (t:Study {id: row.study}) CREATE (s)-[r:CITES]->(t) SET r = row {.id, .printed, .hasDiscrepancy, .discrepancies}`;
const CREATE_EVIDENCE = (stance: string) =>
  `UNWIND $rows AS row MATCH (s:Study {id: row.study}), (c:Claim {id: row.claim}) CREATE (s)-[e:${stance}]->(c) SET e = row {.id, .quote, .outcome, .timepoint, .effect, .direction, .sourceUrl, .finding}`;

async function inBatches(db: Db, name: string, cypher: string, rows: Row[]) {
  // Bulk load: no request waits on it, so a batch may take longer than a query's deadline.
  for (let i = 0; i < rows.length; i += BATCH) await db.write(name, cypher, { rows: rows.slice(i, i + BATCH) }, { timeoutMs: 120_000 });
}

/** Evidence relationships in the graph now (from the count store). */
export async function evidenceCount(db: Db): Promise<number> {
  const [row] = await db.read<{ n: number }>('BENCH_EVIDENCE_COUNT', `MATCH ()-[r:${EVIDENCE_TYPES}]->() RETURN count(r) AS n`);
  return row?.n ?? 0;
}

/** Adds copies until the graph holds at least `target` evidence relationships; returns the copies added and the time taken. */
export async function growTo(db: Db, target: number, log: (m: string) => void): Promise<{ copiesAdded: number; ms: number; evidence: number }> {
  const rows = toRows(checkSeed(SEED_ROOT));
  const perCopy = rows.evidence.SUPPORTS.length + rows.evidence.CONTRADICTS.length + rows.evidence.QUALIFIES.length;
  const [{ n: claims = 0 } = {}] = await db.read<{ n: number }>('BENCH_CLAIM_COUNT', 'MATCH (c:Claim) RETURN count(c) AS n');
  const have = Math.max(1, Math.round(claims / rows.nodes.Claim.length));
  const want = Math.ceil(target / perCopy);
  const t0 = performance.now();
  const CHUNK = Math.max(1, Math.floor(20000 / perCopy));
  for (let from = have; from < want; from += CHUNK) {
    const ks = Array.from({ length: Math.min(CHUNK, want - from) }, (_, i) => from + i);
    const many = <T>(f: (k: number) => T[]) => ks.flatMap(f);
    await inBatches(db, 'BENCH_STUDIES', CREATE_NODES('Study'), many((k) => rows.nodes.Study.map((s) => ({ ...s, id: sfx(String(s.id), k), doi: s.doi ? `${String(s.doi)}.x${k}` : null }))));
    await inBatches(db, 'BENCH_CLAIMS', CREATE_NODES('Claim'), many((k) => rows.nodes.Claim.map((c) => ({ ...c, id: sfx(String(c.id), k) }))));
    await inBatches(db, 'BENCH_CLAIM_LINKS', CREATE_CLAIM_LINKS, many((k) => rows.claimLinks.map((l) => ({ ...l, id: sfx(l.id, k) }))));
    await inBatches(db, 'BENCH_ASSERTIONS', CREATE_ASSERTIONS, many((k) => rows.assertions.map((a) => ({ ...a, id: `${a.id}.x${k}`, claim: sfx(a.claim, k) }))));
    await inBatches(db, 'BENCH_CITATIONS', CREATE_CITATIONS, many((k) => rows.citations.map((c) => ({ ...c, id: `${c.id}.x${k}`, study: sfx(c.study, k) }))));
    for (const stance of ['SUPPORTS', 'CONTRADICTS', 'QUALIFIES'] as const) {
      const ev = many((k) => rows.evidence[stance].map((e) => ({ ...e, id: `${sfx(String(e.study), k)}.f${String(e.finding)}.${sfx(String(e.claim), k)}`, study: sfx(String(e.study), k), claim: sfx(String(e.claim), k) })));
      await inBatches(db, `BENCH_${stance}`, CREATE_EVIDENCE(stance), ev);
    }
    await inBatches(db, 'BENCH_STATS_STUDY', REFRESH_STATS('Study'), many((k) => rows.nodes.Study.map((s) => ({ id: sfx(String(s.id), k) }))));
    await inBatches(db, 'BENCH_STATS_CLAIM', REFRESH_STATS('Claim'), many((k) => rows.nodes.Claim.map((c) => ({ id: sfx(String(c.id), k) }))));
    log(`  copies ${from + ks.length}/${want}`);
  }
  // The shared nodes (hubs) gained relationships: their stored degree and weight once at the end.
  for (const label of SEED_LABELS.filter((l) => l !== 'Study' && l !== 'Claim')) await inBatches(db, `BENCH_STATS_${label}`, REFRESH_STATS(label), rows.nodes[label]);
  return { copiesAdded: Math.max(0, want - have), ms: Math.round(performance.now() - t0), evidence: await evidenceCount(db) };
}

