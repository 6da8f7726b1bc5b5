import { describe, expect, test } from 'vitest';
import { compileVocabulary, readVocabulary, VOCABULARY, type Vocabulary } from '../../server/src/evidence/vocabulary.js';
import { comparatorCategory, populationCategory, timepointPhases } from '../../server/src/evidence/moderator-categories.js';
import { midOf } from '../../server/src/evidence/minimal-important-differences.js';

describe('the shared vocabulary', () => {
  test('is read from graph-seed/shared/vocabulary.json and passes its schema', () => {
    expect(readVocabulary()).toEqual(VOCABULARY);
    expect(VOCABULARY.targetCondition.name).not.toBe('');
  });

  test('the rule reads the topic from it: population phases, active comparators, instruments, sessions', () => {
    const name = VOCABULARY.targetCondition.name;
    expect(populationCategory('adults with chronic nonspecific LBP')).toBe(`chronic ${name}`);
    expect(populationCategory('healthy students')).toBe(`not ${name}`);
    expect(comparatorCategory('spinal manipulation')).toBe('active control (spinal manipulation)');
    expect(midOf({ measure: 'Roland-Morris MD' })?.value).toBe(5);
    expect(timepointPhases(`after 3 ${VOCABULARY.interventionSessionWord}s`)).toEqual(['short-term']);
  });

  test('another vocabulary compiles to other patterns (the rule holds no topic of its own)', () => {
    const knee: Vocabulary = {
      ...VOCABULARY,
      targetCondition: { name: 'knee pain', pattern: 'knee|osteoarthritis' },
      interventionSessionWord: 'session',
      activeComparatorPattern: 'physiotherapy',
      minimalImportantDifferences: [{ pattern: 'womac', scale: 'WOMAC function', value: 9, source: 'made up for this test' }],
    };
    const topic = compileVocabulary(knee);
    expect(topic.conditionName).toBe('knee pain');
    expect(topic.conditionWords.test('knee osteoarthritis')).toBe(true);
    expect(topic.conditionWords.test('chronic low back pain')).toBe(false);
    expect(topic.activeComparator.test('physiotherapy')).toBe(true);
    expect(topic.activeComparator.test('spinal manipulation')).toBe(false);
    expect(topic.minimalImportantDifferences[0]!.re.test('WOMAC')).toBe(true);
  });
});
