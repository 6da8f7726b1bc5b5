import type { Sensitivity } from '../api/claim-summary.js';
import type { CitationFormat } from '../api/types.js';
import { VERDICTS, type Verdict } from '../words/verdict.js';

export type SortKey = 'article' | 'verdict' | 'studies' | 'certainty';

/** The overview's sort and filter choices. */
export interface OverviewChoice {
  sort: SortKey;
  verdicts: Verdict[];
  text: string;
}

/** The sensitivity options chosen for one claim: they re-score its summary. */
export interface SensitivityChoice {
  claimId: string;
  options: Sensitivity;
}

/** A citation file asked for from the Export menu; `seq` makes each click a new request. */
export interface CitationAsk {
  seq: number;
  format: CitationFormat;
  /** The format's name as the menu shows it. */
  name: string;
  claimId: string | null;
  studyIds: string[];
  /** With no claim and no studies: the question whose studies to cite (null for none). */
  question: string | null;
}

/** View state that stays out of the URL: it lives while the page lives. */
export interface PageState {
  overview: OverviewChoice;
  sensitivity: SensitivityChoice | null;
  /** The text the search box asks suggestions for ('' for none). */
  search: string;
  citations: CitationAsk | null;
}

export const INITIAL_PAGE: PageState = {
  overview: { sort: 'article', verdicts: [...VERDICTS], text: '' },
  sensitivity: null,
  search: '',
  citations: null,
};
