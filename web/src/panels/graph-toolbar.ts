import type { AppState } from '../state/app-state.js';
import { countOf } from '../words/count.js';
import { fill, h } from './dom.js';
import { statusLine } from './status.js';

export interface ToolbarActions {
  fit(): void;
  zoom(factor: number): void;
  loadMore(): void;
  clear(): void;
  retryGraph(): void;
  retryPaths(): void;
  retryMore(): void;
}

/** Fit / zoom / clear buttons: built once, they act on the canvas and not on the state. */
export function createToolbar(a: ToolbarActions): HTMLElement {
  return h(
    'div',
    { class: 'toolbar', role: 'toolbar', 'aria-label': 'Graph view' },
    h('button', { type: 'button', onclick: a.fit }, 'Fit'),
    h('button', { type: 'button', onclick: () => a.zoom(1.25), 'aria-label': 'Zoom in' }, '+'),
    h('button', { type: 'button', onclick: () => a.zoom(0.8), 'aria-label': 'Zoom out' }, '−'),
    h('button', { type: 'button', onclick: a.clear }, 'Clear graph'),
  );
}

/**
 * What is drawn, what the size cap left out (with "Load more"), what the node cap kept from an opened summary
 * node (`notDrawn`: one sentence each), and the loading or error line of each request.
 */
export function renderGraphStatus(el: HTMLElement, s: AppState, drawn: { nodes: number; edges: number }, a: ToolbarActions, notDrawn: string[] = []): void {
  const { graph, paths } = s.remote;
  const empty = s.view.focus.length === 0 && s.view.expanded.length === 0 && !s.view.path;
  const omitted = graph.data?.omittedNodes ?? 0;
  fill(
    el,
    empty && h('p', { class: 'hint' }, 'Search for a claim, technique, condition or study to draw its neighbourhood, or open the evidence map.'),
    statusLine(graph, 'the graph', a.retryGraph),
    statusLine(paths, 'paths', a.retryPaths),
    statusLine(s.remote.more, 'more neighbours', a.retryMore),
    (s.notice || notDrawn.length > 0) && h('p', { class: 'status notice', role: 'status' }, [s.notice, ...notDrawn].filter(Boolean).join(' ')),
    s.view.path && paths.status === 'ok' && paths.data?.nodes.length === 0 && h('p', { role: 'status' }, 'No path joins these two nodes within 4 steps under the current filters.'),
    !empty &&
      graph.status !== 'loading' &&
      h(
        'p',
        { class: 'counts', role: 'status', 'aria-live': 'polite' },
        `Showing ${countOf(drawn.nodes, 'node')} and ${countOf(drawn.edges, 'link')}.`,
        omitted > 0 ? ` ${countOf(omitted, 'more node')} ${omitted === 1 ? 'was' : 'were'} left out to keep the graph readable.` : '',
        drawn.nodes > 12 ? ' Zoom in to read every label; hover a node for its full name; the lists below name them all.' : '',
      ),
    omitted > 0 && s.view.limit < s.limits.maxNodes && h('button', { type: 'button', class: 'load-more', onclick: a.loadMore }, 'Load more'),
  );
}
