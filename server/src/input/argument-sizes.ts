import { badInput } from '../errors/codes.js';

/**
 * The longest string each argument may be, by its name (at any depth of an input object).
 * Checked before any resolver runs, so an oversized value costs no database work and is never
 * echoed back; the per-field rules in validate-input.ts then apply the tighter limits of each field.
 */
export const STRING_CAPS: Record<string, number> = {
  content: 12_000_000, // a citation file to import: 10 MB is the largest supported
  quote: 5_000,
  effect: 5_000,
  population: 5_000,
  text: 500,
  nameContains: 200,
  timepoint: 300,
  since: 100,
  after: 200,
};
/** Ids and id lists: `id`, `ids`, `*Id`, `*Ids`, `from`, `to`. */
export const ID_CAP = 200;
/** Every other string argument. */
export const DEFAULT_CAP = 2_000;
/** The most items of any list argument. */
export const LIST_CAP = 1_000;

const isIdName = (name: string) => name === 'id' || name === 'ids' || name === 'from' || name === 'to' || /Ids?$/.test(name);
const capOf = (name: string) => STRING_CAPS[name] ?? (isIdName(name) ? ID_CAP : DEFAULT_CAP);

/** Throws BAD_USER_INPUT naming the first argument (e.g. `input.title`, `ids[3]`) that is too long. */
export function checkArgumentSizes(args: Record<string, unknown>): void {
  const visit = (value: unknown, name: string, path: string): void => {
    if (typeof value === 'string') {
      const cap = capOf(name);
      if (value.length > cap) throw badInput(`${path} is longer than ${cap} characters (${value.length})`, path);
    } else if (Array.isArray(value)) {
      if (value.length > LIST_CAP) throw badInput(`${path} has more than ${LIST_CAP} items (${value.length})`, path);
      value.forEach((v, i) => visit(v, name, `${path}[${i}]`));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k, `${path}.${k}`);
    }
  };
  for (const [k, v] of Object.entries(args)) visit(v, k, k);
}
