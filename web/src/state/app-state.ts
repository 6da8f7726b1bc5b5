import type { ClaimIndex } from '../api/load-index.js';
import type { CellClaim, ClaimDetail, EvidenceMap, Graph, NodeDetail } from '../api/types.js';
import { INITIAL_VIEW, type ViewState } from './view-state.js';
import { FALLBACK_LIMITS, type PageLimits } from '../api/page-limits.js';
import type { MoreAnswer } from '../api/load-more.js';
import type { ClaimSummaryResult } from '../api/claim-summary.js';
import type { CitationExport, QuestionRow, SearchHit } from '../api/types.js';
import { INITIAL_PAGE, type PageState } from './page-state.js';

/** One remote value: what was asked (`key`), and where its answer stands. */
export interface Resource<T> {
  key: string;
  status: 'idle' | 'loading' | 'ok' | 'error';
  data: T | null;
  error: unknown;
}

export interface Remote {
  /** Every question, for the landing list and the scope of the other views. */
  questions: Resource<QuestionRow[]>;
  graph: Resource<Graph>;
  /** The opened summary nodes' answers (more neighbours of one node each). */
  more: Resource<MoreAnswer[]>;
  paths: Resource<Graph>;
  details: Resource<NodeDetail | null>;
  claim: Resource<ClaimDetail | null>;
  map: Resource<EvidenceMap>;
  index: Resource<ClaimIndex>;
  cell: Resource<CellClaim[]>;
  /** Suggestions for the search box's text. */
  search: Resource<SearchHit[]>;
  /** The claim's summary re-scored with the chosen sensitivity options. */
  rescore: Resource<ClaimSummaryResult['claim']>;
  /** The last citation file asked for from the Export menu. */
  citations: Resource<CitationExport>;
}

export interface AppState {
  view: ViewState;
  /** View state kept out of the URL. */
  page: PageState;
  remote: Remote;
  /** The server's caps, read once at start. */
  limits: PageLimits;
  /** Why the last request for more was not made (the node cap); cleared by the next change of view. */
  notice: string | null;
  /** The question a link without `question=` meant before there were several (the page's setting), or null. */
  legacyQuestion: string | null;
}

export const idle = <T>(): Resource<T> => ({ key: '', status: 'idle', data: null, error: null });

export const initialAppState = (view: ViewState = INITIAL_VIEW, limits: PageLimits = FALLBACK_LIMITS, legacyQuestion: string | null = null): AppState => ({
  view,
  page: INITIAL_PAGE,
  limits,
  notice: null,
  legacyQuestion,
  remote: { questions: idle(), graph: idle(), more: idle(), paths: idle(), details: idle(), claim: idle(), map: idle(), index: idle(), cell: idle(), search: idle(), rescore: idle(), citations: idle() },
});

/** Applies a pure view action to the app state. */
export const withView =
  (action: (v: ViewState) => ViewState) =>
  (s: AppState): AppState => {
    const view = action(s.view);
    if (view === s.view) return s;
    // Sensitivity options belong to the claim they were chosen on.
    const page = view.claimId === s.view.claimId ? s.page : { ...s.page, sensitivity: null };
    return { ...s, view, page, notice: null };
  };
