import type { AppState } from './app-state.js';
import type { Store } from './store.js';
import { fromQuery, toQuery } from './url-state.js';

/** Keeps the URL and the view state in step: each change is a history entry; back/forward restore it. */
export function startUrlSync(store: Store<AppState>): void {
  store.subscribe((s, previous) => {
    if (s.view === previous.view) return;
    const query = toQuery(s.view);
    if (query !== window.location.search) window.history.pushState(null, '', `${window.location.pathname}${query}`);
  });
  window.addEventListener('popstate', () => store.update((s) => ({ ...s, view: fromQuery(window.location.search, s.limits.maxNodes) })));
}
