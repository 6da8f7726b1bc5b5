import { describe, expect, test } from 'vitest';
import { moderators } from '../../server/src/evidence/moderators.js';
import { comparatorCategory, outcomeCategory, populationCategory } from '../../server/src/evidence/moderator-categories.js';
import { cleanRisk, point } from '../support/evidence-points.js';

describe('moderators: why studies disagree', () => {
  test('not contested: none', () => {
    expect(moderators([point({ studyId: 'a' }), point({ studyId: 'b' })])).toEqual([]);
    expect(moderators([point({ studyId: 'a' }), point({ studyId: 'a', stance: 'CONTRADICTS' })])).toEqual([]);
  });

  test('timepoint separates: supporting at ≤ 10 weeks, contradicting at 52', () => {
    const ms = moderators([
      point({ studyId: 'a', timepointWeeks: 10 }),
      point({ studyId: 'b', timepointWeeks: 4 }),
      point({ studyId: 'c', stance: 'CONTRADICTS', timepointWeeks: 52 }),
    ]);
    const t = ms.find((m) => m.factor === 'TIMEPOINT')!;
    expect(t).toMatchObject({ separates: true, supporting: ['4', '10'], contradicting: ['52'] });
    expect(t.text).toBe('supporting findings are at ≤ 10 weeks, contradicting ones at ≥ 52 weeks');
    expect(ms[0]!.separates).toBe(true);
  });

  test('comparator separates; design shared does not', () => {
    const ms = moderators([point({ studyId: 'a', comparator: 'usual care' }), point({ studyId: 'b', stance: 'CONTRADICTS', comparator: 'exercise' })]);
    expect(ms.find((m) => m.factor === 'COMPARATOR')).toMatchObject({ separates: true, supporting: ['usual care'], contradicting: ['active control (exercise)'] });
    expect(ms.find((m) => m.factor === 'DESIGN')).toMatchObject({ separates: false });
  });

  test('size and risk of bias', () => {
    const ms = moderators([
      point({ studyId: 'a', sampleSize: 30, risk: { ...cleanRisk, participantsBlinded: false } }),
      point({ studyId: 'b', stance: 'CONTRADICTS', sampleSize: 579 }),
    ]);
    expect(ms.find((m) => m.factor === 'SIZE')).toMatchObject({ separates: true, text: 'supporting findings are from studies of n ≤ 30, contradicting ones from studies of n ≥ 579' });
    expect(ms.find((m) => m.factor === 'RISK_OF_BIAS')).toMatchObject({ separates: true, supporting: ['serious risk of bias'], contradicting: ['no serious risk of bias'] });
  });

  test('a factor stated on one side only does not separate', () => {
    const ms = moderators([point({ studyId: 'a', timepointWeeks: null }), point({ studyId: 'b', stance: 'CONTRADICTS', timepointWeeks: 52 })]);
    expect(ms.find((m) => m.factor === 'TIMEPOINT')).toMatchObject({ separates: false, text: 'timepoint: not stated on both sides' });
  });
});

describe('moderator categories: differences in kind, not in wording', () => {
  test.each([
    ['usual care', 'usual care'],
    ['usual care (GP)', 'usual care'],
    ['inactive control (sham/placebo/waiting list)', 'inactive control (sham, placebo or waiting list)'],
    ['none (within-group change)', 'no control (within-group change)'],
    ['none (guideline recommendation)', 'none (guideline recommendation)'],
    ['active control (manipulation, mobilization, TENS, acupuncture, traction, relaxation, physical therapy, exercises or self-care education)', 'active control (manipulation, mobilization, TENS, acupuncture, traction, relaxation, physical therapy, exercises or self-care education)'],
    ['inactive and active controls (sham, manipulation/mobilization, exercises, relaxation, …)', 'inactive and active controls'],
    ['usual care (normal care)', 'usual care'],
    ['self-care education', 'self-care education'],
    ['Acupuncture', 'active control (acupuncture)'],
  ])('comparator %j → %j', (text, kind) => expect(comparatorCategory(text)).toBe(kind));

  test.each([
    ['adults with chronic low back pain', 'chronic back pain'],
    ['people with acute, sub-acute and chronic LBP', 'acute/subacute/chronic back pain'],
    ['subacute low back pain', 'subacute back pain'],
    ['general massage clients', 'not back pain'],
    ['patients with low back pain', 'back pain (phase not stated)'],
  ])('population %j → %j', (text, kind) => expect(populationCategory(text)).toBe(kind));

  test.each([
    ['symptom bothersomeness (pain) symptom bothersomeness scale', 'pain'],
    ['function / disability (RDQ) Roland Disability Questionnaire (RDQ)', 'function/disability'],
    ['disability, pain, Oswestry', 'pain + function/disability'],
    ['muscle hardness', 'muscle hardness'],
  ])('outcome %j → %j', (text, kind) => expect(outcomeCategory(text)).toBe(kind));

  test('two populations worded differently but of the same kind do not separate', () => {
    const ms = moderators([point({ studyId: 'a', population: 'adults with chronic LBP' }), point({ studyId: 'b', stance: 'CONTRADICTS', population: 'chronic low back pain patients in primary care' })]);
    expect(ms.find((m) => m.factor === 'POPULATION')).toMatchObject({ separates: false, supporting: ['chronic back pain'] });
  });
});
