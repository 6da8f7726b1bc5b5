import type { Maybe, NodeKind, StudyDesign } from '../generated/graphql.js';
import { badInput } from '../errors/codes.js';
import { decodeCursor } from '../queries/paging.js';
import type { Design } from '../evidence/weights.js';
import { labelOfKind as modelLabelOfKind, kindOfLabel as modelKindOfLabel, type NodeKindName, type NodeLabel } from '../domain/kinds.js';

/** The most items one page may ask for. */
export const MAX_PAGE = 100;

/** Validated `first`/`after` as skip and page size. */
export function pageArgs(first: Maybe<number> | undefined, after: Maybe<string> | undefined, fallback = 20) {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE) throw badInput(`first must be between 0 and ${MAX_PAGE}`, 'first');
  if (after == null) return { skip: 0, first: size };
  const skip = decodeCursor(after);
  if (skip == null) throw badInput('after is not a cursor this API returned', 'after');
  return { skip, first: size };
}

// schema.graphql's NodeKind and the graph model's kinds must be the same set: this fails to compile otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SCHEMA_KINDS_MATCH_MODEL: Same<NodeKind, NodeKindName> = true;

/** The label of a node kind (the only way a label reaches Cypher). */
export const labelOfKind = (kind: NodeKind): NodeLabel => modelLabelOfKind(kind);

/** The kind of a label. */
export const kindOfLabel = (label: NodeLabel): NodeKind => modelKindOfLabel(label);

/** GraphQL design enum → stored value. */
export const toDesign = (d: StudyDesign) => d.toLowerCase() as Design;

/** A list of designs as stored, or null when absent or empty. */
export const toDesigns = (ds: Maybe<readonly StudyDesign[]> | undefined) => (ds?.length ? ds.map(toDesign) : null);

/** Year range and minimum size checks shared by every filter. */
export function checkRanges(f: { yearFrom?: Maybe<number>; yearTo?: Maybe<number>; minSampleSize?: Maybe<number> } | null | undefined) {
  if (!f) return;
  if (f.yearFrom != null && f.yearTo != null && f.yearFrom > f.yearTo) throw badInput('yearFrom is after yearTo', 'yearFrom');
  if (f.minSampleSize != null && f.minSampleSize < 0) throw badInput('minSampleSize cannot be negative', 'minSampleSize');
}

/** Trims an optional string; blank becomes null. */
export const optText = (s: Maybe<string> | undefined) => (s?.trim() ? s.trim() : null);
