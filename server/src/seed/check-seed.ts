import fs from 'node:fs';
import path from 'node:path';
import { SEED_FILES, type SeedData, type SeedFileName } from './seed-schemas.js';
import { findReferenceProblems } from './check-references.js';
import { SeedCheckError, describeRecord, type SeedProblem } from './seed-problem.js';

export { SeedCheckError, type SeedProblem } from './seed-problem.js';

function readFile(dir: string, file: SeedFileName, problems: SeedProblem[]): unknown[] {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) {
    problems.push({ file, record: '(file)', field: '-', message: 'file is missing' });
    return [];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(full, 'utf8'));
  } catch (err) {
    problems.push({ file, record: '(file)', field: '-', message: `is not valid JSON: ${(err as Error).message}` });
    return [];
  }
  if (!Array.isArray(parsed)) {
    problems.push({ file, record: '(file)', field: '-', message: 'must hold a JSON array of records' });
    return [];
  }
  return parsed;
}

function checkShapes(dir: string, problems: SeedProblem[]): Record<SeedFileName, unknown[]> {
  const out = {} as Record<SeedFileName, unknown[]>;
  for (const [file, schema] of Object.entries(SEED_FILES) as Array<[SeedFileName, (typeof SEED_FILES)[SeedFileName]]>) {
    const records = readFile(dir, file, problems);
    records.forEach((record, i) => {
      const result = schema.safeParse(record);
      if (result.success) return;
      for (const issue of result.error.issues) {
        problems.push({ file, record: describeRecord(i, record), field: issue.path.join('.') || '-', message: issue.message });
      }
    });
    out[file] = records;
  }
  return out;
}

/**
 * Reads and checks every seed file in `dir`: shapes, enums, DOIs and years,
 * duplicate ids, dangling references, edges without quote or source,
 * evidence links without a stance or a reason.
 * Returns the data when all is well; throws SeedCheckError otherwise.
 */
export function checkSeed(dir: string): SeedData {
  const problems: SeedProblem[] = [];
  const files = checkShapes(dir, problems);
  if (problems.length) throw new SeedCheckError(problems);
  const data: SeedData = {
    studies: files['reference-studies.json'],
    sources: files['sources.json'],
    techniques: files['techniques.json'],
    mechanisms: files['mechanisms.json'],
    conditions: files['conditions.json'],
    outcomes: files['outcomes.json'],
    claims: files['claims.json'],
    assertions: files['assertions.json'],
    citations: files['citations.json'],
    evidence: files['evidence.json'],
    contraindications: files['contraindications.json'],
    relations: files['relations.json'],
  } as SeedData;
  problems.push(...findReferenceProblems(data));
  if (problems.length) throw new SeedCheckError(problems);
  return data;
}
