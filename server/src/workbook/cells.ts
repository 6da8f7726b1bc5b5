import type { CellKind } from './workbook-sheets.js';
import type { RawCell } from './workbook-table.js';

export type CellResult = { ok: true; value: unknown } | { ok: false; message: string };

const ok = (value: unknown): CellResult => ({ ok: true, value });
const fail = (message: string): CellResult => ({ ok: false, message });

const isBlank = (raw: RawCell) => raw === null || (typeof raw === 'string' && raw.trim() === '');

/** Items of a list cell: separated by `;`; an item's own `;` is written `\;`. */
export function splitList(text: string): string[] {
  return text
    .split(/(?<!\\);/)
    .map((item) => item.replace(/\\;/g, ';').trim())
    .filter(Boolean);
}

export const joinList = (items: readonly string[]) => items.map((item) => item.replace(/;/g, '\\;')).join('; ');

const YES = new Set(['yes', 'true', 'y', '1']);
const NO = new Set(['no', 'false', 'n', '0']);

/** Reads one cell as its column's kind; a cell that cannot be read says why. */
export function readCell(kind: CellKind, raw: RawCell): CellResult {
  if (kind === 'text') return ok(raw === null ? '' : String(raw).trim());
  if (isBlank(raw)) return ok(kind === 'list' ? [] : kind === 'json' ? undefined : null);
  const text = String(raw).trim();
  switch (kind) {
    case 'optional':
      return ok(text);
    case 'int':
    case 'number': {
      const n = typeof raw === 'number' ? raw : Number(text);
      if (!Number.isFinite(n)) return fail(`"${text}" is not a number`);
      if (kind === 'int' && !Number.isInteger(n)) return fail(`"${text}" is not a whole number`);
      return ok(n);
    }
    case 'bool':
      if (typeof raw === 'boolean') return ok(raw);
      if (YES.has(text.toLowerCase())) return ok(true);
      if (NO.has(text.toLowerCase())) return ok(false);
      return fail(`"${text}" is not yes or no`);
    case 'list':
      return ok(splitList(text));
    case 'json':
      // A cell that is not JSON is a phrase (a review's stated certainty is a phrase or a map).
      if (!/^[[{]/.test(text)) return ok(text);
      try {
        return ok(JSON.parse(text));
      } catch {
        return fail('starts like JSON but is not valid JSON');
      }
  }
}

/** Writes one value as its column's kind: lists joined, JSON as text, nothing as an empty cell. */
export function writeCell(kind: CellKind, value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (kind === 'list') return (value as string[]).length ? joinList(value as string[]) : null;
  if (kind === 'json') return typeof value === 'string' ? value : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value);
  return text === '' ? null : text;
}
