import type { NodeModel } from '../domain/models.js';
import { int } from './cypher-parts.js';

/** The tail of a list statement: order, count everything, return one page. `$skip`/`$first` are Integers. */
export const pageOf = (v: string, order: string) => `
  WITH ${v} ORDER BY ${order}
  WITH collect(${v}) AS matched
  RETURN size(matched) AS total, [x IN matched[$skip..($skip + $first)] | x {.*, __label: labels(x)[0]}] AS page`;

export interface PageRow {
  total: number;
  page: NodeModel[];
}

/** Paging parameters for a statement built with pageOf. */
export const pageParams = (skip: number, first: number) => ({ skip: int(skip), first: int(first) });

/** A connection as the schema shapes it; cursors are opaque offsets. */
export function toConnection(row: PageRow | undefined, skip: number) {
  const total = row?.total ?? 0;
  const nodes = row?.page ?? [];
  const end = skip + nodes.length;
  return { nodes, totalCount: total, pageInfo: { hasNextPage: end < total, endCursor: nodes.length ? encodeCursor(end) : null } };
}

/** Opaque cursor for "after this many items". */
export const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

/** The offset a cursor stands for; null when it is not one of ours. */
export function decodeCursor(cursor: string): number | null {
  const m = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return m ? Number(m[1]) : null;
}
