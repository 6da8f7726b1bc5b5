import { searchTerms, toQuickLuceneQuery } from '../server/src/queries/search-nodes.js';
import { relevance } from '../server/src/queries/rank-hits.js';
import { countOnce } from '../server/src/evidence/count-once.js';
import type { EvidencePoint, StudyRelation } from '../server/src/evidence/evidence-point.js';
import type { Stance } from '../server/src/domain/stances.js';
import type { GraphqlRequest } from './compare.js';
import { CLAIM_ID, HUB_ID, SEARCH_TEXT } from './operations.js';

/**
 * The closest request @neo4j/graphql's generated schema (bench/neo4j-graphql-server.ts) answers for
 * each benchmark operation, what it does and does not match, and how its answer is read back into
 * evigraph's shape for the sanity check. Keyed by the operation's name in bench/operations.ts.
 */
export interface Neo4jGraphqlOperation extends GraphqlRequest {
  /** What the request matches of evigraph's answer and what it leaves out. */
  matches: string;
  /** What "no differences" establishes. */
  agreement: string;
  /** Differences between evigraph's answer (`data` of its response) and this one's, in words; empty when they carry the same data. */
  differences(evigraph: unknown, neo4jGraphql: unknown): string[];
}

const SEARCH_TYPES = ['Studies', 'Claims', 'Techniques', 'Conditions', 'Sources', 'Outcomes', 'Mechanisms'] as const;
/** The fields evigraph's ranking reads of a hit of each type: its label, then aliases or authors and year. */
const HIT_FIELDS: Record<(typeof SEARCH_TYPES)[number], string> = {
  Studies: 'title authors year', Claims: 'statement', Techniques: 'name aliases', Conditions: 'name aliases', Sources: 'title', Outcomes: 'name aliases', Mechanisms: 'name aliases',
};
const FAN_OUT = 50;
/** evigraph's order of neighbours (server/src/queries/get-neighbourhood.ts): stored evidence weight, then degree, then id. */
const RANK = 'sort: [{ weight: DESC }, { degree: DESC }, { id: ASC }]';
const SEARCH_LIMIT = 20;
/** Lucene candidates evigraph re-ranks for 20 hits (server/src/use-cases/search.ts: max(limit × 4, 60)). */
const SEARCH_CANDIDATES = 80;

type Hit = { score: number; node: { id: string; statement?: string; name?: string; title?: string; aliases?: string[] | null; authors?: string[] | null; year?: number | null } };
type Edge<P> = { properties: P; node: Record<string, unknown> & { id?: string } };

/**
 * What a client does with the seven lists to get evigraph's 20 hits: Lucene's best `SEARCH_CANDIDATES` over all
 * types, re-ranked by evigraph's own relevance rule (share of typed words held, a name typed in full, then Lucene).
 */
function rankedHits(data: Record<string, { edges: Hit[] }>): string[] {
  const typed = searchTerms(SEARCH_TEXT);
  const candidates = Object.entries(data)
    .flatMap(([type, c]) => c.edges.map((h) => ({ ...h, claim: type === 'claims' })))
    .sort((a, b) => b.score - a.score || a.node.id.localeCompare(b.node.id))
    .slice(0, SEARCH_CANDIDATES);
  const maxLucene = Math.max(0, ...candidates.map((h) => h.score));
  return candidates
    .map((h) => {
      const n = h.node;
      const extra = [...(n.aliases ?? []), ...(n.authors ?? []), typeof n.year === 'number' ? String(n.year) : ''];
      const label = n.statement ?? n.name ?? n.title ?? n.id;
      return { id: n.id, lucene: h.score, rank: relevance(typed, { kind: h.claim ? 'CLAIM' : 'OTHER', label, extra, lucene: h.score }, maxLucene) };
    })
    .sort((a, b) => b.rank - a.rank || b.lucene - a.lucene || a.id.localeCompare(b.id))
    .slice(0, SEARCH_LIMIT)
    .map((h) => h.id);
}

const sameList = (what: string, a: string[], b: string[]) => (JSON.stringify(a) === JSON.stringify(b) ? [] : [`${what}: evigraph ${JSON.stringify(a)}, @neo4j/graphql ${JSON.stringify(b)}`]);
const sorted = (xs: Iterable<string>) => [...xs].sort();

const CLAIM_EVIDENCE = (field: string) => `${field}Connection { edges { properties { quote timepoint effect } node { id title year design sampleSize } } }`;

// Evidence a claim has, one line each, in a stable order: what both answers must carry alike.
const evidenceLines = (items: Array<{ stance: string; quote: unknown; timepoint: unknown; effect: unknown; study: unknown }>) =>
  items.map((e) => JSON.stringify([e.stance, e.quote ?? null, e.timepoint ?? null, e.effect ?? null, e.study])).sort();

// evigraph returns the design as its GraphQL enum (RCT); the store, and so @neo4j/graphql, holds it as written (rct).
const studyOf = (n: Record<string, unknown>) => ({ id: n.id, title: n.title ?? null, year: n.year ?? null, design: typeof n.design === 'string' ? n.design.toUpperCase() : null, sampleSize: n.sampleSize ?? null });

const CLAIM_AROUND = `fragment ClaimAround on Claim { id statement weight degree
  techniques(limit: $fan, ${RANK}) { id name } comparedWith(limit: $fan, ${RANK}) { id name }
  conditions(limit: $fan, ${RANK}) { id name } outcomes(limit: $fan, ${RANK}) { id name }
  mechanisms(limit: $fan, ${RANK}) { id name } assertedBy(limit: $fan, ${RANK}) { id title }
  supportedBy(limit: $fan, ${RANK}) { id title design sampleSize }
  contradictedBy(limit: $fan, ${RANK}) { id title design sampleSize }
  qualifiedBy(limit: $fan, ${RANK}) { id title design sampleSize } }`;
const TECHNIQUE_AROUND = `fragment TechniqueAround on Technique { id name weight degree
  claims(limit: $fan, ${RANK}) { id statement } comparatorIn(limit: $fan, ${RANK}) { id statement }
  partOf(limit: $fan, ${RANK}) { id name } parts(limit: $fan, ${RANK}) { id name }
  contraindicatedIn(limit: $fan, ${RANK}) { id name } }`;

/** Every id in a nested answer (every object's `id`, at any depth). */
function idsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) idsIn(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') into.add(v);
      else idsIn(v, into);
    }
  }
  return into;
}

type MapStudy = { id: string; updates: Array<{ id: string }>; republishes: Array<{ id: string }>; includes: Array<{ id: string }> };
type MapClaim = { id: string; techniques: Array<{ id: string }>; conditions: Array<{ id: string }>; supportedBy: MapStudy[]; contradictedBy: MapStudy[]; qualifiedBy: MapStudy[] };
const MAP_STUDY = 'id updates { id } republishes { id } includes { id }';

/**
 * Distinct studies per technique × condition cell, formed by the client as evigraph forms them: each claim's
 * findings counted once by evigraph's own rule (a republication, a superseded version, a trial inside a review
 * on the claim add nothing), then pooled over the claims of the cell.
 */
function cellsOf(claims: MapClaim[]): Map<string, Set<string>> {
  const cells = new Map<string, Set<string>>();
  for (const c of claims) {
    const byStance: Array<[Stance, MapStudy[]]> = [['SUPPORTS', c.supportedBy], ['CONTRADICTS', c.contradictedBy], ['QUALIFIES', c.qualifiedBy]];
    const points: EvidencePoint[] = byStance.flatMap(([stance, studies]) => studies.map((s) => ({ studyId: s.id, stance, design: 'other' as const, sampleSize: null, timepoint: null })));
    const relations: StudyRelation[] = byStance.flatMap(([, studies]) =>
      studies.flatMap((s) => [
        ...s.updates.map((t) => ({ from: s.id, type: 'UPDATES' as const, to: t.id })),
        ...s.republishes.map((t) => ({ from: s.id, type: 'REPUBLISHES' as const, to: t.id })),
        ...s.includes.map((t) => ({ from: s.id, type: 'INCLUDES' as const, to: t.id })),
      ]),
    );
    const studies = countOnce(points, relations).counted.map((p) => p.studyId);
    for (const t of c.techniques) {
      for (const k of c.conditions) {
        const key = `${t.id} × ${k.id}`;
        const cell = cells.get(key) ?? new Set<string>();
        for (const s of studies) cell.add(s);
        cells.set(key, cell);
      }
    }
  }
  return cells;
}

export const NEO4J_GRAPHQL_OPERATIONS: Record<string, Neo4jGraphqlOperation> = {
  search: {
    // One full-text query field per type (the library's @fulltext is per type), on evigraph's one index with the
    // same Lucene query evigraph's first pass sends; the client merges the seven lists by score.
    query: `query($q: String!, $first: Int!) { ${SEARCH_TYPES.map(
      (t) => `${t.toLowerCase()}: search${t}(phrase: $q, first: $first, sort: [{ score: DESC }]) { edges { score node { id ${HIT_FIELDS[t]} } } }`,
    ).join(' ')} }`,
    variables: { q: toQuickLuceneQuery(SEARCH_TEXT), first: SEARCH_CANDIDATES },
    matches:
      "Same full-text index and the same exact-and-prefix Lucene query as evigraph's first pass, but one query per type (the library's @fulltext is per type): seven lists of Lucene's best 80, with the fields evigraph ranks on. evigraph takes Lucene's best 80 over all types and re-ranks them by its relevance rule (share of typed words held, a name typed in full); a client of the generated schema must merge and re-rank the 7 × 80 itself (not timed). No fuzzy fallback (evigraph's first pass finds enough hits for this text, so it does not run either) and no matched text.",
    agreement: 'the same 20 hits in the same order',
    differences(evigraph, ngql) {
      const e = (evigraph as { search: Array<{ node: { id: string } }> }).search.map((h) => h.node.id);
      return sameList('hit ids, best first', e, rankedHits(ngql as Record<string, { edges: Hit[] }>));
    },
  },
  'claim with evidence': {
    query: `query($id: ID!) { claims(where: { id: { eq: $id } }) { statement techniques { id } conditions { id }
      ${CLAIM_EVIDENCE('supportedBy')} ${CLAIM_EVIDENCE('contradictedBy')} ${CLAIM_EVIDENCE('qualifiedBy')}
      assertedByConnection { edges { properties { quote } node { title } } } } }`,
    variables: { id: CLAIM_ID },
    matches:
      "The claim's statement, techniques, conditions, every finding (stance from the relationship field, quote, timepoint, effect, study) and every assertion with its quote and source. Not the evidence summary (balance, certainty, reason): that is evigraph's evidence rule, which also reads study relations and risk of bias; a generated schema cannot compute it.",
    agreement: 'the same statement, techniques, conditions, findings (stance, quote, timepoint, effect, study) and assertions',
    differences(evigraph, ngql) {
      const e = (evigraph as { claim: { statement: string; techniques: Array<{ id: string }>; conditions: Array<{ id: string }>; evidence: Array<{ stance: string; quote: unknown; timepoint: unknown; effect: unknown; study: Record<string, unknown> }>; assertedBy: Array<{ quote: string; source: { title: string } }> } }).claim;
      const c = (ngql as { claims: Array<Record<string, unknown>> }).claims[0];
      if (!c) return ['@neo4j/graphql found no claim'];
      const findings = (field: string, stance: string) =>
        ((c[`${field}Connection`] as { edges: Array<Edge<{ quote: unknown; timepoint: unknown; effect: unknown }>> }).edges).map((x) => ({ stance, ...x.properties, study: studyOf(x.node) }));
      const nEvidence = [...findings('supportedBy', 'SUPPORTS'), ...findings('contradictedBy', 'CONTRADICTS'), ...findings('qualifiedBy', 'QUALIFIES')];
      const assertions = (c.assertedByConnection as { edges: Array<Edge<{ quote: string }>> }).edges;
      return [
        ...sameList('statement', [e.statement], [c.statement as string]),
        ...sameList('technique ids', sorted(e.techniques.map((t) => t.id)), sorted((c.techniques as Array<{ id: string }>).map((t) => t.id))),
        ...sameList('condition ids', sorted(e.conditions.map((t) => t.id)), sorted((c.conditions as Array<{ id: string }>).map((t) => t.id))),
        ...sameList('findings', evidenceLines(e.evidence.map((x) => ({ ...x, study: studyOf(x.study) }))), evidenceLines(nEvidence)),
        ...sameList('assertions', sorted(e.assertedBy.map((a) => `${a.quote} — ${a.source.title}`)), sorted(assertions.map((a) => `${a.properties.quote} — ${a.node.title as string}`))),
      ];
    },
  },
  'depth-2 neighbourhood': {
    query: `query($id: ID!, $fan: Int!) { techniques(where: { id: { eq: $id } }) { id name weight degree
      claims(limit: $fan, ${RANK}) { ...ClaimAround } comparatorIn(limit: $fan, ${RANK}) { ...ClaimAround }
      partOf(limit: $fan, ${RANK}) { ...TechniqueAround } parts(limit: $fan, ${RANK}) { ...TechniqueAround }
      contraindicatedIn(limit: $fan, ${RANK}) { id name weight degree claims(limit: $fan, ${RANK}) { id statement } contraindicated(limit: $fan, ${RANK}) { id name } } } }
      ${CLAIM_AROUND} ${TECHNIQUE_AROUND}`,
    variables: { id: HUB_ID, fan: FAN_OUT },
    matches:
      "Two hops from the hub as nested selections over every relationship type a technique, claim or condition has, each list the 50 heaviest by the stored weight (evigraph keeps 50 per node over all its types, then at most 300 nodes in all), as a tree with the same node repeated under each parent. Not the edges among the reached nodes that are not parent–child, not the 300-node cap, not what each node left out.",
    agreement: 'every node evigraph draws is among those @neo4j/graphql reaches',
    differences(evigraph, ngql) {
      const drawn = (evigraph as { neighbourhood: { nodes: Array<{ data: { id: string } }> } }).neighbourhood.nodes.map((n) => n.data.id);
      const reached = idsIn(ngql);
      const missing = drawn.filter((id) => !reached.has(id));
      return missing.length ? [`${missing.length} of evigraph's ${drawn.length} nodes not reached by @neo4j/graphql (${reached.size} ids): ${missing.slice(0, 10).join(', ')}`] : [];
    },
  },
  'evidence map': {
    // A generated schema cannot group by a pair of related nodes (its aggregates count per parent), so this reads what
    // evigraph's map statement reads (each claim's techniques, conditions and studies per stance) and the client forms the cells.
    query: `{ claims(where: { techniques: { some: {} }, conditions: { some: {} } }) { id
      techniques { id name } conditions { id name } supportedBy { ${MAP_STUDY} } contradictedBy { ${MAP_STUDY} } qualifiedBy { ${MAP_STUDY} } } }`,
    variables: {},
    matches:
      "Every claim with a technique and a condition, with their ids and names, the studies behind each stance and those studies' UPDATES / REPUBLISHES / INCLUDES links: the rows a client needs to count distinct studies per technique × condition cell itself, once per body of evidence. @neo4j/graphql's aggregates count per parent node, so it cannot return the cells; the timed request is the raw read, without the client's grouping and without balance and certainty (evigraph's evidence rule). evigraph serves the map from memory after its first computation per filter, so its figure is a cache hit.",
    agreement: 'the same technique × condition cells with the same count of distinct studies (each body of evidence once)',
    differences(evigraph, ngql) {
      const e = (evigraph as { evidenceMap: { cells: Array<{ row: string; column: string; studies: number }> } }).evidenceMap.cells;
      const cells = cellsOf((ngql as { claims: MapClaim[] }).claims);
      const eLines = sorted(e.map((c) => `${c.row} × ${c.column}: ${c.studies}`));
      const nLines = sorted([...cells].map(([k, s]) => `${k}: ${s.size}`));
      return sameList('distinct studies per cell', eLines, nLines);
    },
  },
};
