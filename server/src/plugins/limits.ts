import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Request limits; normal front-end operations stay well inside them (docs/api.md lists them). */
export const LIMITS = {
  maxDepth: 8,
  maxAliases: 15,
  maxCost: 10000,
  maxTokens: 2000,
  maxDirectives: 20,
} as const;

// Armor throws plain GraphQLErrors; tagging them here gives clients the documented code.
const tag = (_: unknown, err: GraphQLError) => {
  (err.extensions as Record<string, unknown>).code = 'QUERY_TOO_COMPLEX';
};

/** Depth, cost, alias, directive and token limits (graphql-armor), rejected as QUERY_TOO_COMPLEX. */
export function useLimits(): Plugin[] {
  const armor = new EnvelopArmor({
    maxDepth: { n: LIMITS.maxDepth, onReject: [tag], flattenFragments: true },
    costLimit: { maxCost: LIMITS.maxCost, onReject: [tag] },
    maxAliases: { n: LIMITS.maxAliases, onReject: [tag] },
    maxDirectives: { n: LIMITS.maxDirectives, onReject: [tag] },
    maxTokens: { n: LIMITS.maxTokens, onReject: [tag] },
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect().plugins as Plugin[];
}
