import { DESIGNS, NODE_KINDS, STANCES, type GraphFilter } from '../api/types.js';
import type { Filters } from './view-state.js';

const isFull = (shown: readonly string[], all: readonly string[]) => all.every((x) => shown.includes(x));

/** The API's GraphFilter for the user's filters: a full set or an empty field is no filter at all. */
export function toGraphFilter(f: Filters): GraphFilter {
  const out: GraphFilter = {};
  if (!isFull(f.kinds, NODE_KINDS)) out.kinds = [...f.kinds];
  if (!isFull(f.stances, STANCES)) out.stances = [...f.stances];
  if (!isFull(f.designs, DESIGNS)) out.designs = [...f.designs];
  if (f.yearFrom !== null) out.yearFrom = f.yearFrom;
  if (f.yearTo !== null) out.yearTo = f.yearTo;
  if (f.minSampleSize !== null) out.minSampleSize = f.minSampleSize;
  if (f.timepoint.trim()) out.timepoint = f.timepoint.trim();
  return out;
}
