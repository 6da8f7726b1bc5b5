import fs from 'node:fs';
import path from 'node:path';
import type * as S from '../seed/seed-schemas.js';
import { questionDir } from '../seed/seed-root.js';
import { workbookToSeed } from './seed-conversion.js';
import type { WorkbookData } from './workbook-data.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

/**
 * Writes each question of a checked workbook as a seed folder under `root`/questions/<id>/: its own records, and
 * the shared records it uses that `shared` (the seed's shared/ records) does not hold yet, as the optional
 * studies.json, techniques.json, … of the folder. Returns the files written.
 */
export function writeQuestionFolders(data: WorkbookData, root: string, shared: S.SharedSeed): string[] {
  const seed = workbookToSeed(data);
  const newOnly = <T extends { id: string }>(records: T[], held: T[]) => records.filter((r) => !held.some((h) => h.id === r.id));
  const written: string[] = [];
  for (const q of seed.questions) {
    const dir = questionDir(root, q.question.id);
    fs.mkdirSync(dir, { recursive: true });
    const only = seed.questions.length === 1;
    const files: Record<string, unknown> = {
      'question.json': q.question,
      'sources.json': q.sources,
      'claims.json': q.claims,
      'assertions.json': q.assertions,
      'citations.json': q.citations,
      'evidence.json': q.evidence,
      'contraindications.json': q.contraindications,
      'findings.json': q.findings,
      'relations.json': [
        ...q.relations,
        ...(only ? seed.shared.relations.filter((r) => !shared.relations.some((h) => h.from === r.from && h.type === r.type && h.to === r.to)) : []),
      ],
      // New shared records travel with the question's folder (one question in the workbook: it brings them).
      'studies.json': only ? newOnly(seed.shared.studies, shared.studies) : [],
      'techniques.json': only ? newOnly(seed.shared.techniques, shared.techniques) : [],
      'mechanisms.json': only ? newOnly(seed.shared.mechanisms, shared.mechanisms) : [],
      'conditions.json': only ? newOnly(seed.shared.conditions, shared.conditions) : [],
      'outcomes.json': only ? newOnly(seed.shared.outcomes, shared.outcomes) : [],
    };
    for (const [name, value] of Object.entries(files)) {
      const optional = ['findings.json', 'relations.json', 'studies.json', 'techniques.json', 'mechanisms.json', 'conditions.json', 'outcomes.json'].includes(
        name,
      );
      if (optional && Array.isArray(value) && value.length === 0) continue;
      fs.writeFileSync(path.join(dir, name), json(value));
      written.push(path.join(dir, name));
    }
  }
  if (seed.questions.length > 1) written.push(...appendNewSharedRecords(seed.shared, root, shared));
  return written;
}

const SHARED_FILE_OF = {
  studies: 'reference-studies.json',
  techniques: 'techniques.json',
  mechanisms: 'mechanisms.json',
  conditions: 'conditions.json',
  outcomes: 'outcomes.json',
  relations: 'relations.json',
} as const;

/**
 * With several questions in one workbook no single folder owns the new shared records (a study two questions
 * use), so they are added to `root`/shared/ beside the records it holds.
 */
function appendNewSharedRecords(fromWorkbook: S.SharedSeed, root: string, shared: S.SharedSeed): string[] {
  const written: string[] = [];
  const sameRelation = (a: S.Relation, b: S.Relation) => a.from === b.from && a.type === b.type && a.to === b.to;
  for (const [kind, file] of Object.entries(SHARED_FILE_OF) as Array<[keyof typeof SHARED_FILE_OF, string]>) {
    const held = shared[kind] as Array<{ id?: string }>;
    const added = (fromWorkbook[kind] as Array<{ id?: string }>).filter((r) =>
      kind === 'relations' ? !shared.relations.some((h) => sameRelation(h, r as S.Relation)) : !held.some((h) => h.id === r.id),
    );
    if (!added.length) continue;
    const full = path.join(root, 'shared', file);
    const existing = fs.existsSync(full) ? (JSON.parse(fs.readFileSync(full, 'utf8')) as unknown[]) : [];
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, json([...existing, ...added]));
    written.push(full);
  }
  return written;
}
