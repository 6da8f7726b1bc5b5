import { DESIGNS, NODE_KINDS, STANCES } from '../api/types.js';
import { DEFAULT_FILTERS, DEFAULT_LIMIT, INITIAL_VIEW, VIEWS, type Filters, type View, type ViewState } from './view-state.js';

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const oneOf = <T extends string>(allowed: readonly T[], value: string | null): value is T => value !== null && (allowed as readonly string[]).includes(value);

function int(value: string | null): number | null {
  if (value === null || !/^\d{1,9}$/.test(value)) return null;
  return Number(value);
}

/** A list filter from the URL: "-" means none shown, absent means all shown, unknown values are dropped. */
function parseSet<T extends string>(allowed: readonly T[], value: string | null): T[] {
  if (value === null) return [...allowed];
  return list(value).filter((v): v is T => oneOf(allowed, v));
}

/** The view a URL without `view=` means: links shared before the overview existed (`?focus=…`) open the explorer. */
const impliedView = (focus: string[]): View => (focus.length ? 'explorer' : INITIAL_VIEW.view);

/** The query string for a view state; defaults are left out, so the URL stays short. */
export function toQuery(s: ViewState): string {
  const q = new URLSearchParams();
  if (s.question) q.set('question', s.question);
  if (s.view !== impliedView(s.focus)) q.set('view', s.view);
  if (s.focus.length) q.set('focus', s.focus.join(','));
  if (s.expanded.length) q.set('expand', s.expanded.join(','));
  if (s.selected) q.set('sel', `${s.selected.type === 'node' ? 'n' : 'e'}:${s.selected.id}`);
  if (s.pathFrom) q.set('from', s.pathFrom);
  if (s.path) q.set('path', s.path.join(','));
  if (s.claimId) q.set('claim', s.claimId);
  if (s.mapColumns !== INITIAL_VIEW.mapColumns) q.set('cols', s.mapColumns);
  if (s.limit !== DEFAULT_LIMIT) q.set('limit', String(s.limit));
  if (s.cell) q.set('cell', s.cell.join(','));
  if (s.more.length) q.set('more', s.more.map((m) => `${m.id}:${m.fanOut}`).join(','));
  const f = s.filters;
  const sets = [['kinds', f.kinds, NODE_KINDS], ['stances', f.stances, STANCES], ['designs', f.designs, DESIGNS]] as const;
  for (const [key, shown, all] of sets) if (!sameSet(shown, all)) q.set(key, shown.length ? shown.join(',') : '-');
  if (f.yearFrom !== null) q.set('yearFrom', String(f.yearFrom));
  if (f.yearTo !== null) q.set('yearTo', String(f.yearTo));
  if (f.minSampleSize !== null) q.set('minN', String(f.minSampleSize));
  if (f.timepoint) q.set('timepoint', f.timepoint);
  const text = q.toString();
  return text ? `?${text}` : '';
}

function parseFilters(q: URLSearchParams): Filters {
  return {
    kinds: parseSet(NODE_KINDS, q.get('kinds')),
    stances: parseSet(STANCES, q.get('stances')),
    designs: parseSet(DESIGNS, q.get('designs')),
    yearFrom: int(q.get('yearFrom')),
    yearTo: int(q.get('yearTo')),
    minSampleSize: int(q.get('minN')),
    timepoint: q.get('timepoint') ?? DEFAULT_FILTERS.timepoint,
  };
}

/** The view state a query string describes; anything malformed falls back to its default. */
export function fromQuery(search: string, maxNodes: number): ViewState {
  const q = new URLSearchParams(search);
  const view = q.get('view');
  const sel = /^([ne]):(.+)$/.exec(q.get('sel') ?? '');
  const path = list(q.get('path'));
  const cols = q.get('cols');
  const limit = int(q.get('limit'));
  const focus = list(q.get('focus'));
  const cell = list(q.get('cell'));
  return {
    view: oneOf(VIEWS, view) ? view : impliedView(focus),
    question: q.get('question') || null,
    focus,
    expanded: list(q.get('expand')),
    selected: sel ? { type: sel[1] === 'n' ? 'node' : 'edge', id: sel[2]! } : null,
    pathFrom: q.get('from') || null,
    path: path.length === 2 ? [path[0]!, path[1]!] : null,
    filters: parseFilters(q),
    claimId: q.get('claim') || null,
    mapColumns: oneOf(['CONDITION', 'OUTCOME'] as const, cols) ? cols : INITIAL_VIEW.mapColumns,
    limit: limit !== null && limit > 0 ? Math.min(limit, maxNodes) : DEFAULT_LIMIT,
    cell: cell.length === 2 ? [cell[0]!, cell[1]!] : null,
    more: parseMore(q.get('more'), maxNodes),
  };
}

/** `more=id:fanOut,…`: the summary nodes opened; a malformed entry is dropped, a fan-out above the cap lowered to it. */
function parseMore(value: string | null, maxNodes: number): ViewState['more'] {
  return list(value).flatMap((entry) => {
    const at = entry.lastIndexOf(':');
    const fanOut = int(entry.slice(at + 1));
    return at > 0 && fanOut !== null && fanOut > 0 ? [{ id: entry.slice(0, at), fanOut: Math.min(fanOut, maxNodes) }] : [];
  });
}
