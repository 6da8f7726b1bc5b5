import type { Filters, MapColumns, Selection, View, ViewState } from './view-state.js';
import { DEFAULT_LIMIT, LIMIT_STEP } from './view-state.js';

/** Pure transitions of the view state: each returns a new state and never fetches. */

const unique = (ids: string[]) => [...new Set(ids)];

/** A search pick: draw the picked node's neighbourhood and select it. */
export const focusNode = (s: ViewState, id: string): ViewState => ({
  ...s,
  view: 'explorer',
  focus: [id],
  expanded: [],
  selected: { type: 'node', id },
  pathFrom: null,
  path: null,
  limit: DEFAULT_LIMIT,
  more: [],
});

/** Double-click: add a node's neighbours to what is drawn. */
/** Adds a node to the drawn neighbourhoods, unless drawn already or the request would pass the server's id cap. */
export const expandNode = (s: ViewState, id: string, maxStartIds = Number.POSITIVE_INFINITY): ViewState =>
  s.focus.includes(id) || s.expanded.includes(id) || s.focus.length + s.expanded.length >= maxStartIds ? s : { ...s, expanded: [...s.expanded, id] };

export const select = (s: ViewState, selected: Selection | null): ViewState => ({ ...s, selected });

export const setView = (s: ViewState, view: View): ViewState => ({ ...s, view });

export const setFilters = (s: ViewState, patch: Partial<Filters>): ViewState => ({ ...s, filters: { ...s.filters, ...patch } });

export const resetFilters = (s: ViewState, defaults: Filters): ViewState => ({ ...s, filters: defaults });

export const openClaim = (s: ViewState, claimId: string): ViewState => ({ ...s, view: 'claim', claimId });

/** An evidence-map cell: list its claims and studies beside the map. */
export const openMapCell = (s: ViewState, row: string, column: string): ViewState => ({ ...s, view: 'map', cell: [row, column] });

export const closeMapCell = (s: ViewState): ViewState => ({ ...s, cell: null });

/** An evidence-map cell's "draw them": the explorer draws the cell's claims and their evidence. */
export const openCell = (s: ViewState, claimIds: string[]): ViewState => ({
  ...s,
  view: 'explorer',
  focus: unique(claimIds),
  expanded: [],
  selected: null,
  pathFrom: null,
  path: null,
  limit: DEFAULT_LIMIT,
  more: [],
});

export const markPathFrom = (s: ViewState, id: string): ViewState => ({ ...s, pathFrom: id });

/** Completes "paths between": from the marked node to `to`. */
export const showPaths = (s: ViewState, to: string): ViewState =>
  s.pathFrom && s.pathFrom !== to ? { ...s, path: [s.pathFrom, to], pathFrom: null } : s;

export const clearPath = (s: ViewState): ViewState => ({ ...s, path: null, pathFrom: null });

/** Raises the node limit by a step, up to the server's cap (`serverInfo.maxGraphNodes`). */
export const loadMore = (s: ViewState, maxNodes: number): ViewState => ({ ...s, limit: Math.min(maxNodes, s.limit + LIMIT_STEP) });

export const setMapColumns = (s: ViewState, mapColumns: MapColumns): ViewState => ({ ...s, mapColumns });

/** Removes expansions and focus: an empty explorer. */
export const clearGraph = (s: ViewState): ViewState => ({ ...s, focus: [], expanded: [], selected: null, path: null, pathFrom: null, more: [] });

/** The fan-out a node was last asked with: its "show more" entry, else the explorer's (it asks `fanOut: limit`). */
export const fanOutOf = (s: ViewState, id: string) => s.more.find((m) => m.id === id)?.fanOut ?? s.limit;

/**
 * A summary node opened: ask for twice as many of the node's neighbours as last time, up to the server's
 * node cap (`serverInfo.maxGraphNodes`, which is also the most a fan-out may be); unchanged at the cap.
 */
export function showMoreOf(s: ViewState, id: string, maxNodes: number): ViewState {
  const current = fanOutOf(s, id);
  const fanOut = Math.min(maxNodes, current * 2);
  if (fanOut <= current) return s;
  return { ...s, more: [...s.more.filter((m) => m.id !== id), { id, fanOut }] };
}

/** A question picked from the landing list: its overview, with nothing of the previous question's claim or cell kept. */
export const openQuestion = (s: ViewState, question: string): ViewState => ({ ...s, view: 'overview', question, claimId: null, cell: null });

/** Back to the landing list of questions. */
export const showQuestions = (s: ViewState): ViewState => ({ ...s, view: 'overview', question: null, claimId: null, cell: null });

/** Writes into the view the question a link without one resolved to, so later views keep it; unchanged once chosen. */
export const settleQuestion = (s: ViewState, question: string): ViewState => (s.question === null ? { ...s, question } : s);
