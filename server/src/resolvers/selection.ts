import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/**
 * The fields the request selects at `path` below the field being resolved, through fragments and inline fragments,
 * in any of the field's occurrences. A field under @skip/@include counts as selected: asking for a little more than
 * needed is safe, leaving a field out is not.
 */
function fieldsAt(info: Info, path: readonly string[]): FieldNode[] {
  const flatten = (set: SelectionSetNode | undefined): FieldNode[] =>
    (set?.selections ?? []).flatMap((s) => {
      if (s.kind === Kind.FIELD) return [s];
      if (s.kind === Kind.INLINE_FRAGMENT) return flatten(s.selectionSet);
      return flatten(info.fragments[s.name.value]?.selectionSet);
    });
  return path.reduce<FieldNode[]>((fields, name) => fields.filter((f) => f.name.value === name).flatMap((f) => flatten(f.selectionSet)), info.fieldNodes.flatMap((f) => flatten(f.selectionSet)));
}

/** Whether the request selects the field path below the field being resolved. */
export const selects = (info: Info, path: readonly string[]) => fieldsAt(info, path.slice(0, -1)).some((f) => f.name.value === path.at(-1));

/** Whether any of the fields under `parent` is selected. */
export const selectsAny = (info: Info, parent: readonly string[], fields: readonly string[]) => fieldsAt(info, parent).some((f) => fields.includes(f.name.value));

/** Whether the request selects, directly under `parent`, any field other than `fields`. */
export const selectsBeyond = (info: Info, parent: readonly string[], fields: readonly string[]) => fieldsAt(info, parent).some((f) => !fields.includes(f.name.value));
