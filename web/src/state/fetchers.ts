/** What each remote value asks the API for, given the state: the effects run these. */
import { request } from '../api/request.js';
import { loadCellClaims } from '../api/load-cell.js';
import { loadNeighbourhood } from '../api/load-graph.js';
import { loadMoreNeighbours } from '../api/load-more.js';
import { loadClaimIndex } from '../api/load-index.js';
import { CITATION_EXPORT, CLAIM_SUMMARY, CLAIM_VIEW, EVIDENCE_MAP, NODE_DETAILS, PATHS_GRAPH, QUESTION_LIST, SEARCH_SUGGESTIONS } from '../api/queries.js';
import type { ClaimSummaryResult } from '../api/claim-summary.js';
import type { CitationExport, ClaimDetail, CuratorChange, EvidenceMap, Graph, NodeDetail, QuestionRow, SearchHit } from '../api/types.js';
import type { AppState, Remote } from './app-state.js';
import { questionArgument, scopeOfState } from './question-scope.js';
import { toGraphFilter } from './to-graph-filter.js';

export interface Fetcher {
  /** Forget the answer once the state no longer asks for it (an emptied graph, a cleared path). */
  clear?: boolean;
  /** What to ask for in this state, or null when nothing is needed now. */
  ask(s: AppState): { key: string; load: () => Promise<unknown> } | null;
}

const graphIds = (s: AppState) => [...new Set([...s.view.focus, ...s.view.expanded])];

/** The node whose details the panel shows: the selected node, or the study (source) of a selected edge. */
export function detailsTarget(s: AppState): string | null {
  const sel = s.view.selected;
  if (!sel) return null;
  if (sel.type === 'node') return sel.id;
  const edges = [...(s.remote.graph.data?.edges ?? []), ...(s.remote.paths.data?.edges ?? [])];
  return edges.find((e) => e.data.id === sel.id)?.data.source ?? null;
}

/** The question a scoped request names: an id, null for the whole graph, undefined while the questions load. */
const questionOf = (s: AppState) => questionArgument(scopeOfState(s));

/** The search box's request: its text, scoped to the question (the landing list, with no question yet, searches the whole graph). */
const searchVariables = (s: AppState) => ({ text: s.page.search, first: 12, question: questionOf(s) ?? null });
/** The key of the suggestions for the state's search text and question: the search box shows only an answer with this key. */
export const searchKey = (s: AppState) => JSON.stringify(searchVariables(s));

/** The key of a question's claim index ('all' for the whole graph's): a view shows an index only under its own key. */
export const indexKeyOf = (question: { id: string } | null) => question?.id ?? 'all';

export const FETCHERS: Record<keyof Remote, Fetcher> = {
  questions: {
    ask: () => ({ key: 'all', load: () => request<{ questions: QuestionRow[] }>(QUESTION_LIST).then((d) => d.questions) }),
  },
  index: {
    // The explorer colours every claim it draws, of any question, so it reads the whole graph's index; the other
    // views read their question's (the landing list needs none).
    ask(s) {
      const question = s.view.view === 'explorer' ? null : questionOf(s);
      if (question === undefined) return null;
      return { key: indexKeyOf(question === null ? null : { id: question }), load: () => loadClaimIndex(question) };
    },
  },
  cell: {
    clear: true,
    ask(s) {
      const question = questionOf(s);
      if (s.view.view !== 'map' || !s.view.cell || question === undefined) return null;
      const [row, column] = s.view.cell;
      const columns = s.view.mapColumns;
      return { key: JSON.stringify([row, column, columns, question]), load: () => loadCellClaims(row, column, columns, question) };
    },
  },
  graph: {
    clear: true,
    ask(s) {
      const ids = graphIds(s);
      if (ids.length === 0) return null;
      const variables = { ids, depth: 1, filter: toGraphFilter(s.view.filters), limit: s.view.limit };
      return { key: JSON.stringify(variables), load: () => loadNeighbourhood(ids, variables.filter, variables.limit, s.limits.maxStartIds) };
    },
  },
  more: {
    clear: true,
    ask(s) {
      if (graphIds(s).length === 0 || s.view.more.length === 0) return null;
      const variables = { more: s.view.more, filter: toGraphFilter(s.view.filters) };
      return { key: JSON.stringify(variables), load: () => loadMoreNeighbours(variables.more, variables.filter, s.limits.maxNodes) };
    },
  },
  paths: {
    clear: true,
    ask(s) {
      if (!s.view.path) return null;
      const [from, to] = s.view.path;
      const variables = { from, to, maxLength: 4, filter: toGraphFilter(s.view.filters) };
      return { key: JSON.stringify(variables), load: () => request<{ paths: Graph }>(PATHS_GRAPH, variables).then((d) => d.paths) };
    },
  },
  details: {
    clear: true,
    ask(s) {
      const id = detailsTarget(s);
      if (!id) return null;
      return {
        key: id,
        load: () => request<{ node: NodeDetail | null; changes: CuratorChange[] }>(NODE_DETAILS, { id }).then((d) => (d.node ? { ...d.node, changes: d.changes } : null)),
      };
    },
  },
  claim: {
    ask(s) {
      const id = s.view.claimId;
      if (s.view.view !== 'claim' || !id) return null;
      return { key: id, load: () => request<{ claim: ClaimDetail | null }>(CLAIM_VIEW, { id }).then((d) => d.claim) };
    },
  },
  map: {
    ask(s) {
      const question = questionOf(s);
      if (s.view.view !== 'map' || question === undefined) return null;
      const variables = { rows: 'TECHNIQUE', columns: s.view.mapColumns, filter: toGraphFilter(s.view.filters), question };
      return { key: JSON.stringify(variables), load: () => request<{ evidenceMap: EvidenceMap }>(EVIDENCE_MAP, variables).then((d) => d.evidenceMap) };
    },
  },
  search: {
    clear: true,
    ask(s) {
      const text = s.page.search;
      if (!text) return null;
      const variables = searchVariables(s);
      return { key: searchKey(s), load: () => request<{ search: SearchHit[] }>(SEARCH_SUGGESTIONS, variables).then((d) => d.search) };
    },
  },
  rescore: {
    clear: true,
    ask(s) {
      const chosen = s.page.sensitivity;
      if (s.view.view !== 'claim' || !chosen || chosen.claimId !== s.view.claimId) return null;
      const variables = { id: chosen.claimId, sensitivity: chosen.options };
      return { key: JSON.stringify(variables), load: () => request<ClaimSummaryResult>(CLAIM_SUMMARY, variables).then((d) => d.claim) };
    },
  },
  citations: {
    ask(s) {
      const cite = s.page.citations;
      if (!cite) return null;
      const variables = cite.claimId ? { claimId: cite.claimId, format: cite.format } : cite.studyIds.length ? { ids: cite.studyIds, format: cite.format } : { question: cite.question, format: cite.format };
      return { key: JSON.stringify({ ...variables, seq: cite.seq }), load: () => request<{ citations: CitationExport }>(CITATION_EXPORT, variables).then((d) => d.citations) };
    },
  },
};
