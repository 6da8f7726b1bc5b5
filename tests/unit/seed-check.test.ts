import { describe, expect, test } from 'vitest';
import { checkSeed, SeedCheckError } from '../../server/src/seed/check-seed.js';
import { SEED_DATA_DIR } from '../../server/src/seed/load-seed.js';
import { toRows, STANCE_RULE } from '../../server/src/seed/to-rows.js';
import { BROKEN_SEEDS, seedCopyWith } from '../support/seed-fixture.js';

describe('checkSeed', () => {
  test('accepts the curated seed data', () => {
    const data = checkSeed(SEED_DATA_DIR);
    expect(data.studies.length).toBeGreaterThanOrEqual(26);
  });

  test.each(BROKEN_SEEDS)('rejects $name, naming file, record and field', ({ file, edit, field }) => {
    const dir = seedCopyWith(file, edit);
    expect(() => checkSeed(dir)).toThrowError(SeedCheckError);
    expect(() => checkSeed(dir)).toThrowError(field);
  });
});

describe('toRows', () => {
  test.each([
    ['IMPROVES', 'supports', 'SUPPORTS'],
    ['IMPROVES', 'no effect', 'CONTRADICTS'],
    ['IMPROVES', 'contradicts', 'CONTRADICTS'],
    ['IMPROVES', 'mixed', 'QUALIFIES'],
    ['NO_EFFECT', 'no effect', 'SUPPORTS'],
    ['NO_EFFECT', 'supports', 'CONTRADICTS'],
    ['WORSENS', 'contradicts', 'SUPPORTS'],
    ['WORSENS', 'mixed', 'QUALIFIES'],
  ] as const)('reads a "%s" claim and a "%s" finding as %s', (claim, finding, stance) => {
    expect(STANCE_RULE[claim][finding]).toBe(stance);
  });

  test('makes the "no difference between structural and relaxation massage" finding support the claim that says so', () => {
    const rows = toRows(checkSeed(SEED_DATA_DIR));
    expect(rows.evidence.SUPPORTS).toContainEqual(expect.objectContaining({ study: 'cherkin2011', finding: 4, claim: 'relaxation-and-structural-massage-equal' }));
  });

  test('stores empty bibliographic fields as absent, never as invented values', () => {
    const rows = toRows(checkSeed(SEED_DATA_DIR));
    const furlan2002 = rows.nodes.Study.find((s) => s.id === 'furlan2002spine')!;
    expect(furlan2002.doi).toBeNull();
    expect(furlan2002.sampleSize).toBeNull();
  });

  test('gives every evidence edge the quote and source URL of its finding', () => {
    const rows = toRows(checkSeed(SEED_DATA_DIR));
    const all = [...rows.evidence.SUPPORTS, ...rows.evidence.CONTRADICTS, ...rows.evidence.QUALIFIES];
    expect(all.length).toBeGreaterThan(0);
    for (const e of all) {
      expect(e.quote).toEqual(expect.any(String));
      expect(e.sourceUrl).toMatch(/^https?:\/\//);
    }
  });
});
