import { checkArgumentSizes } from '../input/argument-sizes.js';

type AnyResolver = (parent: unknown, args: Record<string, unknown>, ...rest: unknown[]) => unknown;

/** The resolver map with every field resolver checking its arguments' sizes first. */
export function withBoundedArguments<T extends object>(resolvers: T): T {
  return Object.fromEntries(
    Object.entries(resolvers).map(([type, fields]) => [
      type,
      Object.fromEntries(
        Object.entries(fields as Record<string, unknown>).map(([field, resolve]) => {
          if (typeof resolve !== 'function' || field.startsWith('__')) return [field, resolve];
          const wrapped: AnyResolver = (parent, args, ...rest) => {
            if (args && Object.keys(args).length) checkArgumentSizes(args);
            return (resolve as AnyResolver)(parent, args, ...rest);
          };
          return [field, wrapped];
        }),
      ),
    ]),
  ) as T;
}
