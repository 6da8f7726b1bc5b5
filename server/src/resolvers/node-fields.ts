import type { NodeModel } from '../domain/models.js';
import { kindOf, labelOf, listProp } from '../use-cases/node-values.js';

export { designOf, familyName, kindOf, labelOf, listProp, textProp } from '../use-cases/node-values.js';

/** Resolvers every node type shares. */
export const nodeFields = {
  kind: kindOf,
  label: labelOf,
};

/** Resolvers of the named entities (technique, mechanism, condition, outcome). */
export const entityFields = {
  ...nodeFields,
  aliases: (n: NodeModel) => listProp(n.aliases),
  mentionedIn: (n: NodeModel) => listProp(n.mentionedIn),
};
