import { describe, expect, test } from 'vitest';
import { coverage, doiIn, pmidIn, relevance } from '../../server/src/queries/rank-hits.js';

const typed = (t: string) => t.toLowerCase().split(/\s+/);

describe('search relevance', () => {
  test('a claim holding every word beats the condition holding some', () => {
    const words = typed('massage chronic low back pain long term');
    const claim = relevance(
      words,
      { kind: 'CLAIM', label: 'Massage reduces pain in chronic non-specific low back pain in the long term', extra: [], lucene: 3 },
      9,
    );
    const condition = relevance(words, { kind: 'CONDITION', label: 'Chronic low back pain', extra: [], lucene: 9 }, 9);
    expect(claim).toBeGreaterThan(condition);
  });

  test('a name typed in full is the entity, not a claim about it', () => {
    const words = typed('swedish massage');
    const technique = relevance(words, { kind: 'TECHNIQUE', label: 'Swedish massage', extra: [], lucene: 2 }, 5);
    const claim = relevance(words, { kind: 'CLAIM', label: 'Swedish massage relieves back pain', extra: [], lucene: 5 }, 5);
    expect(technique).toBeGreaterThan(claim);
  });

  test('years match exactly: 2011 is not 2001', () => {
    expect(coverage(['cherkin', '2011'], ['Cherkin DC', '2011'])).toBe(1);
    expect(coverage(['cherkin', '2011'], ['Cherkin DC', '2001'])).toBe(0.5);
  });

  test('identifiers are recognised in the forms people paste', () => {
    expect(doiIn('https://doi.org/10.1136/BMJ.A884')).toBe('10.1136/BMJ.A884');
    expect(doiIn('doi: 10.7326/M16-2459')).toBe('10.7326/M16-2459');
    expect(doiIn('massage 10.1')).toBeNull();
    expect(pmidIn('PMID: 11322842')).toBe('11322842');
    expect(pmidIn('2011')).toBeNull();
  });
});
