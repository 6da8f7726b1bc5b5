import type { Sensitivity } from '../api/claim-summary.js';
import type { CitationFormat } from '../api/types.js';
import type { AppState } from './app-state.js';
import type { OverviewChoice, PageState } from './page-state.js';
import { VERDICTS, type Verdict } from '../words/verdict.js';

/** Pure transitions of the page state (what stays out of the URL); each returns a new app state and never fetches. */

const withPage = (s: AppState, patch: Partial<PageState>): AppState => ({ ...s, page: { ...s.page, ...patch } });

export const setOverviewChoice = (s: AppState, patch: Partial<Pick<OverviewChoice, 'sort' | 'text'>>): AppState => withPage(s, { overview: { ...s.page.overview, ...patch } });

/** Shows or hides one verdict's claims on the overview; the verdicts keep their listed order. */
export const showOverviewVerdict = (s: AppState, verdict: Verdict, shown: boolean): AppState => {
  const verdicts = VERDICTS.filter((v) => (v === verdict ? shown : s.page.overview.verdicts.includes(v)));
  return withPage(s, { overview: { ...s.page.overview, verdicts } });
};

/** Turns one sensitivity option of a claim on or off (the claim's summary is then re-scored); options chosen on another claim are dropped. */
export const setSensitivity = (s: AppState, claimId: string, key: keyof Sensitivity, leaveOut: boolean): AppState => {
  const before = s.page.sensitivity?.claimId === claimId ? s.page.sensitivity.options : {};
  return withPage(s, { sensitivity: { claimId, options: { ...before, [key]: leaveOut } } });
};

export const askSearch = (s: AppState, text: string): AppState => (s.page.search === text ? s : withPage(s, { search: text }));

export const askCitations = (s: AppState, ask: { format: CitationFormat; name: string; claimId: string | null; studyIds: string[]; question: string | null }): AppState =>
  withPage(s, { citations: { ...ask, seq: (s.page.citations?.seq ?? 0) + 1 } });
