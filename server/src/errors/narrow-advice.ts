import type { DbLimitError } from '../db/db-errors.js';

/** What to narrow, by the statement that ran into the limit (statement names are the query constants' names). */
const ADVICE: Array<[RegExp, string]> = [
  [/^GET_NEIGHBOURHOOD/, 'ask for a smaller depth, limit or fanOut, or add a filter (kinds, stances, designs, years)'],
  [/^GET_PATHS/, 'ask for a smaller maxLength, or add a filter'],
  [/^GET_EVIDENCE_MAP|^GET_MAP_CELL/, 'add a filter (stances, designs, years), or ask for one cell'],
  [/^SEARCH/, 'use more specific words, or restrict kinds'],
  [/^LIST_/, 'add a filter or ask for a smaller page (first)'],
];

/** The message of a DB_LIMIT error: which limit, and what to narrow. */
export function limitMessage(err: DbLimitError): string {
  const what = err.limit === 'memory' ? 'more memory than one request may use' : 'longer than one request may take';
  const advice = ADVICE.find(([re]) => re.test(err.statement))?.[1] ?? 'ask for fewer items or nested fields';
  return `This request needs ${what}: ${advice}.`;
}
