import type { AppState } from '../state/app-state.js';
import type { View } from '../state/view-state.js';

const HEADING_OF: Record<View, string> = { overview: 'overview-heading', explorer: 'explorer-heading', claim: 'claim-heading', map: 'map-heading' };

/** The claim view's heading names the claim only once the claim has arrived (or failed to). */
const settled = (s: AppState) => s.view.view !== 'claim' || (s.remote.claim.key === s.view.claimId && s.remote.claim.status !== 'loading');

/**
 * After the reader opens something (a search hit, a claim link), focus moves to the heading of the view that opened,
 * once that heading shows what opened, so keyboard and screen-reader users start reading there.
 */
export function createHeadingFocus() {
  let pending = false;
  return {
    /** Call when a reader's action opens a view or a claim. */
    request() {
      pending = true;
    },
    /** Call after each render: moves focus when the opened view's heading is ready. */
    settle(s: AppState) {
      if (!pending || !settled(s)) return;
      const heading = document.getElementById(HEADING_OF[s.view.view]);
      if (!heading) return;
      pending = false;
      heading.tabIndex = -1;
      heading.focus();
    },
  };
}
