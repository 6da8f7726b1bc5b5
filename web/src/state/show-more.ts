import { showMoreOf } from './actions.js';
import type { AppState } from './app-state.js';

/**
 * A summary node opened: ask for more of its node's neighbours, or, when the server's node cap
 * (`serverInfo.maxGraphNodes`) leaves no room, say so in `notice` instead of asking for nothing.
 */
export function showMore(s: AppState, id: string, nodeLabel: string, drawnNodes: number): AppState {
  const max = s.limits.maxNodes.toLocaleString('en');
  if (drawnNodes >= s.limits.maxNodes) {
    return { ...s, notice: `No more neighbours of ${nodeLabel} can be drawn: the graph already holds ${max} nodes, the server's cap. Clear the graph or narrow the filters first.` };
  }
  const view = showMoreOf(s.view, id, s.limits.maxNodes);
  if (view === s.view) return { ...s, notice: `No more neighbours of ${nodeLabel} can be asked for: one request returns at most ${max} nodes (the server's cap).` };
  return { ...s, view, notice: null };
}
