import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the request selects the field path below the field being resolved (through fragments and inline
 * fragments, in any of the field's occurrences). A field under @skip/@include counts as selected: asking for a
 * little more than needed is safe, leaving a field out is not.
 */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  const within = (set: SelectionSetNode | undefined, rest: readonly string[]): boolean => {
    if (!set) return false;
    return set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === rest[0] && (rest.length === 1 || within(s.selectionSet, rest.slice(1)));
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet, rest);
      return within(info.fragments[s.name.value]?.selectionSet, rest);
    });
  };
  return info.fieldNodes.some((f) => within(f.selectionSet, path));
}

/** Whether any of the fields under `parent` is selected. */
export const selectsAny = (info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, parent: readonly string[], fields: readonly string[]) =>
  fields.some((f) => selects(info, [...parent, f]));

/** Whether the request selects, directly under `parent`, any field other than `fields` (fragments included). */
export function selectsBeyond(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, parent: readonly string[], fields: readonly string[]): boolean {
  const allowed = new Set(fields);
  const beyond = (set: SelectionSetNode | undefined, rest: readonly string[]): boolean => {
    if (!set) return false;
    return set.selections.some((s) => {
      if (s.kind === Kind.INLINE_FRAGMENT) return beyond(s.selectionSet, rest);
      if (s.kind === Kind.FRAGMENT_SPREAD) return beyond(info.fragments[s.name.value]?.selectionSet, rest);
      if (rest.length === 0) return !allowed.has(s.name.value);
      return s.name.value === rest[0] && beyond(s.selectionSet, rest.slice(1));
    });
  };
  return info.fieldNodes.some((f) => beyond(f.selectionSet, parent));
}
