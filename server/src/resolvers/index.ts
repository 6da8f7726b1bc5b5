import type { Context } from '../app.js';
import { getCounts } from '../queries/get-counts.js';

/** The resolver map: thin functions that validate arguments and call one query function each. */
export const resolvers = {
  Query: {
    counts: (_: unknown, __: unknown, { db }: Context) => getCounts(db),
  },
};
