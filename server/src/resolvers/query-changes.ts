import type { QueryResolvers } from '../generated/graphql.js';
import { badInput } from '../errors/codes.js';
import { listChanges } from '../queries/list-changes.js';
import { MAX_PAGE } from './args.js';

/** Query.changes: the audit log, newest first. */
export const changeQueries: Pick<QueryResolvers, 'changes'> = {
  changes: (_, { since, nodeId, first }, { db }) => {
    if (since != null && Number.isNaN(Date.parse(since))) throw badInput('since must be an ISO 8601 time such as 2026-01-31T12:00:00Z', 'since');
    const size = first ?? 50;
    if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE) throw badInput(`first must be between 0 and ${MAX_PAGE}`, 'first');
    return listChanges(db, since == null ? null : new Date(since).toISOString(), nodeId ?? null, size);
  },
};
