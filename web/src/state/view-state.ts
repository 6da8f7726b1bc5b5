import { DESIGNS, NODE_KINDS, STANCES, type NodeKind, type Stance, type StudyDesign } from '../api/types.js';

export type View = 'overview' | 'explorer' | 'claim' | 'map';
export const VIEWS: View[] = ['overview', 'explorer', 'claim', 'map'];
export type MapColumns = 'CONDITION' | 'OUTCOME';
/** A node whose "show more" summary was opened, and how many of its neighbours to ask for (the fan-out). */
export interface MoreOf {
  id: string;
  fanOut: number;
}
export interface Selection {
  type: 'node' | 'edge';
  id: string;
}

/** What the user filters by; the shown sets start full, and a full set means "no filter". */
export interface Filters {
  kinds: NodeKind[];
  stances: Stance[];
  designs: StudyDesign[];
  yearFrom: number | null;
  yearTo: number | null;
  minSampleSize: number | null;
  timepoint: string;
}

/** Everything the URL holds: enough to redraw the same view after a reload or from a shared link. */
export interface ViewState {
  view: View;
  /** The question the page is scoped to; null: none chosen (the landing list, or the question an old link meant). */
  question: string | null;
  /** Nodes whose neighbourhood the explorer draws (a search pick, or a map cell's claims). */
  focus: string[];
  /** Nodes the user expanded with a double-click. */
  expanded: string[];
  selected: Selection | null;
  /** First end of a "paths between" request, waiting for the second. */
  pathFrom: string | null;
  path: [string, string] | null;
  filters: Filters;
  claimId: string | null;
  mapColumns: MapColumns;
  /** How many nodes the explorer asks for; "load more" raises it. */
  limit: number;
  /** Summary nodes opened ("show more of …"): each node's neighbours asked again with a bigger fan-out. */
  more: MoreOf[];
  /** The evidence-map cell whose claims and studies are listed: [row id, column id]. */
  cell: [string, string] | null;
}

export const DEFAULT_LIMIT = 150;
export const LIMIT_STEP = 150;

export const DEFAULT_FILTERS: Filters = {
  kinds: [...NODE_KINDS],
  stances: [...STANCES],
  designs: [...DESIGNS],
  yearFrom: null,
  yearTo: null,
  minSampleSize: null,
  timepoint: '',
};

export const INITIAL_VIEW: ViewState = {
  view: 'overview',
  question: null,
  focus: [],
  expanded: [],
  selected: null,
  pathFrom: null,
  path: null,
  filters: DEFAULT_FILTERS,
  claimId: null,
  mapColumns: 'CONDITION',
  limit: DEFAULT_LIMIT,
  more: [],
  cell: null,
};
