import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED_ROOT } from '../../server/src/seed/load-seed.js';

export const MASSAGE_QUESTION = 'massage-back-pain';

export const ACUPUNCTURE_QUESTION = 'acupuncture-low-back-pain';

/**
 * A copy of the seed tree in a temporary folder: shared/ and the massage question, the graph the API tests and
 * their recorded answers were written against. `withQuestion` adds another shipped question's folder (the
 * acupuncture question); the browser tests and `npm start` load every question.
 */
export function seedCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evigraph-seed-'));
  fs.cpSync(path.join(SEED_ROOT, 'shared'), path.join(dir, 'shared'), { recursive: true });
  return withQuestion(dir, MASSAGE_QUESTION);
}

/** Adds one shipped question's folder to a seed copy; returns the copy. */
export function withQuestion(dir: string, question: string): string {
  fs.cpSync(path.join(SEED_ROOT, 'questions', question), path.join(dir, 'questions', question), { recursive: true });
  return dir;
}

/** Where a seed file lives in the tree: shared/ when it is there, else the massage question's folder; or a path given in full. */
export function seedFilePath(root: string, file: string): string {
  if (file.includes('/')) return path.join(root, file);
  const shared = path.join(root, 'shared', file);
  return fs.existsSync(shared) ? shared : path.join(root, 'questions', MASSAGE_QUESTION, file);
}

/**
 * Copies the real seed data to a temporary folder and lets `edit` change one
 * file's records, so a test can load data that differs in exactly one way.
 */
export function seedCopyWith(file: string, edit: (records: any[]) => void): string {
  const dir = seedCopy();
  const full = seedFilePath(dir, file);
  const records = JSON.parse(fs.readFileSync(full, 'utf8'));
  edit(records);
  fs.writeFileSync(full, JSON.stringify(records, null, 2));
  return dir;
}

/** Each way the checker must reject data: the file it edits, the edit, and the field the error must name. */
export const BROKEN_SEEDS: Array<{ name: string; file: string; edit: (r: any[]) => void; field: RegExp }> = [
  { name: 'a duplicate id', file: 'claims.json', edit: (r) => r.push({ ...r[0] }), field: /claims\.json record \d+ \(id "[^"]+"\) field "id": duplicate id/ },
  {
    name: 'a dangling reference',
    file: 'evidence.json',
    edit: (r) => (r[0].links[0].claim = 'no-such-claim'),
    field: /evidence\.json record 0 field "links\.0\.claim": refers to claim "no-such-claim"/,
  },
  {
    name: 'an evidence link without a stance',
    file: 'evidence.json',
    edit: (r) => delete r[1].links[0].stance,
    field: /evidence\.json record 1 field "links\.0\.stance": every evidence link states its stance/,
  },
  {
    name: 'an evidence link with an unknown stance',
    file: 'evidence.json',
    edit: (r) => (r[1].links[1].stance = 'MAYBE'),
    field: /evidence\.json record 1 field "links\.1\.stance": every evidence link states its stance/,
  },
  {
    name: 'an evidence link without a reason',
    file: 'evidence.json',
    edit: (r) => delete r[2].links[0].why,
    field: /evidence\.json record 2 field "links\.0\.why": every evidence link states why/,
  },
  {
    name: 'an evidence link with an empty reason',
    file: 'evidence.json',
    edit: (r) => (r[2].links[0].why = '  '),
    field: /evidence\.json record 2 field "links\.0\.why": every evidence link states why/,
  },
  {
    name: 'a finding linked to no claim',
    file: 'evidence.json',
    edit: (r) => (r[3].links = []),
    field: /evidence\.json record 3 field "links": must link the finding to at least one claim/,
  },
  {
    name: 'a finding linked twice to one claim',
    file: 'evidence.json',
    edit: (r) => r[1].links.push({ ...r[1].links[0] }),
    field: /evidence\.json record 1 field "links\.3\.claim": finding 0 of "zheng2012" is already linked/,
  },
  {
    name: 'a measured mechanism the claim does not work via',
    file: 'evidence.json',
    edit: (r) => (r[0].links[0].measuredMechanisms = ['cortisol-reduction']),
    field: /evidence\.json record 0 field "links\.0\.measuredMechanisms\.0": claim "[^"]+" does not work via mechanism "cortisol-reduction"/,
  },
  {
    name: 'a technique both under test and a comparator',
    file: 'claims.json',
    edit: (r) => r[0].comparedWith.push(r[0].about[0]),
    field: /claims\.json record 0 \(id "[^"]+"\) field "comparedWith\.0": "massage" is both under test/,
  },
  {
    name: 'a relation to a study that does not exist',
    file: 'relations.json',
    edit: (r) => (r[0].to = 'no-such-study'),
    field: /relations\.json record 0 field "to": refers to study "no-such-study"/,
  },
  { name: 'an unknown relation type', file: 'relations.json', edit: (r) => (r[1].type = 'cites'), field: /relations\.json record 1 field "type"/ },
  {
    name: 'an unknown enum value',
    file: 'claims.json',
    edit: (r) => (r[1].direction = 'CURES'),
    field: /claims\.json record 1 \(id "[^"]+"\) field "direction"/,
  },
  { name: 'an edge without a quote', file: 'assertions.json', edit: (r) => (r[2].quote = ''), field: /assertions\.json record 2 field "quote"/ },
  {
    name: 'an edge without a source',
    file: 'contraindications.json',
    edit: (r) => delete r[0].source,
    field: /contraindications\.json record 0 field "source"/,
  },
  {
    name: 'a malformed DOI',
    file: 'reference-studies.json',
    edit: (r) => (r[2].doi = 'doi:10.7326/xyz'),
    field: /reference-studies\.json record 2 \(id "[^"]+"\) field "doi": is not a DOI/,
  },
  {
    name: 'a malformed year',
    file: 'reference-studies.json',
    edit: (r) => (r[3].year = 20141),
    field: /reference-studies\.json record 3 \(id "[^"]+"\) field "year"/,
  },
  {
    name: 'a finding that does not exist',
    file: 'evidence.json',
    edit: (r) => (r[0].finding = 99),
    field: /evidence\.json record 0 field "finding": study "[^"]+" has no finding 99/,
  },
];
