import type { ConditionResolvers, MechanismResolvers, OutcomeResolvers, TechniqueResolvers } from '../generated/graphql.js';
import { loadersOf } from '../context/loaders.js';
import { entityFields } from './node-fields.js';

const name = (n: { name?: unknown; id: string }) => String(n.name ?? n.id);

export const Technique: TechniqueResolvers = {
  ...entityFields,
  name,
  partOf: async (t, _, ctx) => (await loadersOf(ctx).techniqueLinks.load(t.id)).partOf[0] ?? null,
  parts: async (t, _, ctx) => (await loadersOf(ctx).techniqueLinks.load(t.id)).parts,
  claims: (t, _, ctx) => loadersOf(ctx).claimsOf.Technique.load(t.id),
  comparedIn: (t, _, ctx) => loadersOf(ctx).claimsComparedWith.load(t.id),
  mechanisms: async (t, _, ctx) => (await loadersOf(ctx).techniqueLinks.load(t.id)).mechanisms,
  usedFor: async (t, _, ctx) => (await loadersOf(ctx).techniqueLinks.load(t.id)).usedFor,
  contraindications: async (t, _, ctx) => (await loadersOf(ctx).techniqueLinks.load(t.id)).contraindications,
};

export const Mechanism: MechanismResolvers = {
  ...entityFields,
  name,
  claims: (m, _, ctx) => loadersOf(ctx).claimsOf.Mechanism.load(m.id),
};

export const Condition: ConditionResolvers = {
  ...entityFields,
  name,
  claims: (c, _, ctx) => loadersOf(ctx).claimsOf.Condition.load(c.id),
  contraindicatedTechniques: (c, _, ctx) => loadersOf(ctx).contraindicationsByCondition.load(c.id),
};

export const Outcome: OutcomeResolvers = {
  ...entityFields,
  name,
  claims: (o, _, ctx) => loadersOf(ctx).claimsOf.Outcome.load(o.id),
};
