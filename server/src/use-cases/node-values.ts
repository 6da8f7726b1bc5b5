/** Node values as the API shows them: shared by the use cases and the resolvers. */
import type { NodeKind, StudyDesign } from '../generated/graphql.js';
import type { NodeModel } from '../domain/models.js';

/** A stored list property; absent means empty. */
export const listProp = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** A stored string property; absent is null. */
export const textProp = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The short human label of any node: name, title or statement. */
export const labelOf = (n: { id: string; name?: unknown; title?: unknown; statement?: unknown }): string => String(n.name ?? n.title ?? n.statement ?? n.id);

/** The family name of an author stored as "Family Initials" ("van Tulder MW" → "van Tulder"); a group author stays whole. */
export function familyName(author: string): string {
  const parts = author.trim().split(/\s+/);
  return parts.length > 1 && /^[A-Z]{1,4}$/.test(parts.at(-1)!) ? parts.slice(0, -1).join(' ') : author.trim();
}

/** The GraphQL kind of a node. */
export const kindOf = (n: NodeModel) => n.__label.toUpperCase() as NodeKind;

/** A stored design as the GraphQL enum (unknown values read as OTHER). */
export const designOf = (n: NodeModel) => (typeof n.design === 'string' ? n.design.toUpperCase() : 'OTHER') as StudyDesign;
