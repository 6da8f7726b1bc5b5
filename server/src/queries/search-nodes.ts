import type { Db } from '../db/db.js';
import { FULLTEXT_INDEX } from '../db/migrations.js';
import type { NodeLabel, NodeModel } from '../domain/models.js';
import { int, nodeMap } from './cypher-parts.js';
import { nodeInQuestion } from './question-scope.js';

const hits = (query: string) => `
    CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', ${query}, {limit: $scan})
    YIELD node, score
    WITH node, score
    WHERE ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)) AND ${nodeInQuestion('node')}`;

/** What ranking and a hit's id, kind and label read of a node: most of a node's bytes (abstracts, statements' notes) are not. */
const HIT_FIELDS = '.id, .name, .title, .statement, .aliases, .authors, .year, .design, .sampleSize, .doi, .pmid';

/**
 * Ranked full-text hits, optionally of some labels only. Exact and prefix terms first (cheap); only when
 * they find fewer than `$enough` (the hits the caller shows) does Lucene run the query with fuzzy terms,
 * which scores every near match. Nodes come whole, or (`$lean`) with only what ranking and labels read.
 */
export const SEARCH_NODES = /* cypher */ `
  CALL () {
    ${hits('$quick')}
    RETURN collect({node: node, score: score}) AS quick
  }
  CALL (quick) {
    WITH quick WHERE size(quick) < $enough
    ${hits('$query')}
    RETURN collect({node: node, score: score}) AS fuzzy
  }
  UNWIND (CASE WHEN size(quick) < $enough THEN fuzzy ELSE quick END) AS hit
  WITH hit.node AS node, hit.score AS score
  RETURN CASE WHEN $lean THEN node {${HIT_FIELDS}, __label: labels(node)[0]} ELSE ${nodeMap('node')} END AS node, score
  ORDER BY score DESC, node.id
  LIMIT $limit`;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene's query syntax characters in one term. */
export const escapeLucene = (term: string) => term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);

/** The same words matched exactly (boosted) or as a prefix only: the first, cheap pass. */
export function toQuickLuceneQuery(text: string): string {
  return searchTerms(text)
    .map((raw) => {
      const t = escapeLucene(raw);
      return `(${t}^3 OR ${t}*^2)`;
    })
    .join(' OR ');
}

/** Words of the search text, lower-cased (fuzzy terms are not analysed by Lucene). */
export const searchTerms = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Turns free text into a Lucene query: each word matches exactly (boosted), as a prefix,
 * or fuzzily (one edit from 4 letters, two from 7), so "Cherkn" finds Cherkin and "sweedish" Swedish.
 */
export function toLuceneQuery(text: string): string {
  return searchTerms(text)
    .map((raw) => {
      const t = escapeLucene(raw);
      if (raw.length < 4) return `(${t}^3 OR ${t}*)`;
      const edits = raw.length < 7 ? 1 : 2;
      return `(${t}^3 OR ${t}*^2 OR ${t}~${edits})`;
    })
    .join(' OR ');
}

export interface SearchRow {
  node: NodeModel;
  score: number;
}

export interface SearchOptions {
  /** Fuzzy terms are tried only when exact and prefix terms find fewer hits than this. @default limit */
  enough?: number;
  /** Only the properties ranking and a hit's id, kind and label need. @default false */
  lean?: boolean;
  /** Only nodes of this question; null = the whole graph. */
  question?: string | null;
}

/** Up to `limit` nodes matching the text, best first. */
export async function searchNodes(db: Db, text: string, labels: NodeLabel[] | null, limit: number, options: SearchOptions = {}): Promise<SearchRow[]> {
  const params = {
    quick: toQuickLuceneQuery(text),
    query: toLuceneQuery(text),
    labels,
    limit: int(limit),
    enough: int(Math.min(limit, options.enough ?? limit)),
    lean: options.lean ?? false,
    question: options.question ?? null,
    scan: int(labels || options.question ? limit * 10 : limit),
  };
  return db.read<SearchRow & Record<string, unknown>>('SEARCH_NODES', SEARCH_NODES, params);
}

/** Studies whose DOI is one of `$dois` or whose PubMed id is `$pmid`: two index seeks, no label scan. */
export const STUDY_BY_IDENTIFIER = /* cypher */ `
  CALL () {
    MATCH (s:Study) WHERE s.doi IN $dois RETURN s
    UNION
    MATCH (s:Study) WHERE s.pmid = $pmid RETURN s
  }
  WITH s WHERE ${nodeInQuestion('s')}
  RETURN ${nodeMap('s')} AS node
  ORDER BY s.id`;

/**
 * The studies a DOI or PMID names (usually one). DOIs are case-insensitive but stored as
 * published; the DOI as typed, lower- and upper-cased covers how people paste them.
 */
export async function studiesByIdentifier(db: Db, doi: string | null, pmid: string | null, question: string | null = null): Promise<NodeModel[]> {
  if (!doi && !pmid) return [];
  const dois = doi ? [...new Set([doi, doi.toLowerCase(), doi.toUpperCase()])] : [];
  const rows = await db.read<{ node: NodeModel }>('STUDY_BY_IDENTIFIER', STUDY_BY_IDENTIFIER, { dois, pmid, question });
  return rows.map((r) => r.node);
}
