import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** Set by the browser tests (before the page's scripts run) to ask for the hooks below. */
    evigraphTestHooks?: boolean;
    /** Test hook, only when asked for: browser tests read graph state from here, not from pixels. The page never reads it. */
    cy?: Core;
  }
}

/** Hands the drawing to the browser tests, and only when they asked for it. */
export function exposeForTests(cy: Core): void {
  if (window.evigraphTestHooks === true) window.cy = cy;
}
