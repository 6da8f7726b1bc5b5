/** One thing wrong with the seed data, named by file, record and field. */
export interface SeedProblem {
  file: string;
  record: string;
  field: string;
  message: string;
}

/** Thrown before any write when the seed data has problems; lists all of them. */
export class SeedCheckError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(`The seed data has ${problems.length} problem(s); nothing was written:\n${problems.map(formatProblem).join('\n')}`);
  }
}

/** `  claims.json record 3 (id "x") field "direction": …` */
export function formatProblem(p: SeedProblem): string {
  return `  ${p.file} ${p.record} field "${p.field}": ${p.message}`;
}

/** Names a record by its position and, when it has one, its id. */
export function describeRecord(index: number, record: unknown): string {
  const id = record && typeof record === 'object' && 'id' in record ? (record as { id: unknown }).id : undefined;
  return typeof id === 'string' ? `record ${index} (id "${id}")` : `record ${index}`;
}
