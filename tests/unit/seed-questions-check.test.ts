import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkSeed, SeedCheckError } from '../../server/src/seed/check-seed.js';
import { FIXTURE_QUESTION } from '../support/fixture-topic.js';
import { MASSAGE_QUESTION } from '../support/seed-fixture.js';
import { twoQuestionSeedDir } from '../support/two-question-seed.js';

const fixtureFile = (root: string, file: string) => path.join(root, 'questions', FIXTURE_QUESTION, file);

function edited(file: string, edit: (value: any) => void): string {
  const root = twoQuestionSeedDir();
  const full = fixtureFile(root, file);
  const value = JSON.parse(fs.readFileSync(full, 'utf8'));
  edit(value);
  fs.writeFileSync(full, JSON.stringify(value));
  return root;
}

/** Each way a question folder can be wrong about the tree around it, and the problem the checker must name. */
const BROKEN_QUESTIONS: Array<{ name: string; file: string; edit: (v: any) => void; problem: RegExp }> = [
  {
    name: 'a question id that is not its folder',
    file: 'question.json',
    edit: (q) => (q.id = 'another-id'),
    problem: /question\.json \(object\) field "id": is "another-id" but the folder is/,
  },
  { name: 'a question without wording', file: 'question.json', edit: (q) => delete q.wording, problem: /question\.json \(object\) field "wording"/ },
  {
    name: "an evidence link to another question's claim",
    file: 'evidence.json',
    edit: (r) => (r[0].links[0].claim = 'massage-is-safe'),
    problem: /fixture-immersion-soreness\/evidence\.json record 0 field "links\.0\.claim": refers to claim "massage-is-safe"/,
  },
  {
    name: 'a question finding that does not exist',
    file: 'evidence.json',
    edit: (r) => (r.at(-1).finding = 5),
    problem: /evidence\.json record \d+ field "finding": study "cherkin2001" has no question finding 5 \(it has 1\)/,
  },
  {
    name: 'question findings for a study that does not exist',
    file: 'findings.json',
    edit: (r) => (r[0].studyId = 'no-such-study'),
    problem: /findings\.json record 0 field "studyId": refers to study "no-such-study"/,
  },
  {
    name: 'a claim id another question already uses',
    file: 'claims.json',
    edit: (r) => (r[0].id = 'massage-is-safe'),
    problem: /questions\/[a-z-]+\/claims\.json record \d+ \(id "massage-is-safe"\) field "id": duplicate id/,
  },
  {
    name: 'a study id shared/ already holds',
    file: 'studies.json',
    edit: (r) => (r[0].id = 'cherkin2001'),
    problem: /fixture-immersion-soreness\/studies\.json record 0 \(id "cherkin2001"\) field "id": duplicate id/,
  },
];

describe('checkSeed over several questions', () => {
  test('accepts two questions, one adding a finding to a study of shared/', () => {
    const data = checkSeed(twoQuestionSeedDir());
    expect(data.questions.map((q) => q.question.id)).toEqual([FIXTURE_QUESTION, MASSAGE_QUESTION]);
    expect(data.claims.length).toBe(data.questions.reduce((n, q) => n + q.claims.length, 0));
  });

  test('a question may bring a relation between shared studies, but not one shared/ already lists', () => {
    const root = twoQuestionSeedDir();
    const shared = JSON.parse(fs.readFileSync(path.join(root, 'shared', 'relations.json'), 'utf8'));
    fs.writeFileSync(fixtureFile(root, 'relations.json'), JSON.stringify([shared[0]]));
    expect(() => checkSeed(root)).toThrowError(/fixture-immersion-soreness\/relations\.json record 0 field "to": .* is already listed/);
  });

  test('checks shared/vocabulary.json: a pattern that is not a regular expression is named', () => {
    const root = twoQuestionSeedDir();
    const file = path.join(root, 'shared', 'vocabulary.json');
    const vocabulary = JSON.parse(fs.readFileSync(file, 'utf8'));
    vocabulary.targetCondition.pattern = 'back|(';
    fs.writeFileSync(file, JSON.stringify(vocabulary));
    expect(() => checkSeed(root)).toThrowError(/shared\/vocabulary\.json \(object\) field "targetCondition\.pattern": is not a regular expression/);
  });

  test.each(BROKEN_QUESTIONS)('rejects $name, naming folder, file, record and field', ({ file, edit, problem }) => {
    const root = edited(file, edit);
    expect(() => checkSeed(root)).toThrowError(SeedCheckError);
    expect(() => checkSeed(root)).toThrowError(problem);
  });
});
