import { describe, expect, test } from 'vitest';
import { moderators } from '../../server/src/evidence/moderators.js';
import {
  comparatorCategory,
  outcomeCategory,
  populationCategory,
  riskOfBiasCategory,
  timepointPhases,
} from '../../server/src/evidence/moderator-categories.js';
import { cleanRisk, point, review } from '../support/evidence-points.js';

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
    expect(ms.find((m) => m.factor === 'COMPARATOR')).toMatchObject({
      separates: true,
      supporting: ['usual care'],
      contradicting: ['active control (exercise)'],
    });
    expect(ms.find((m) => m.factor === 'DESIGN')).toMatchObject({ separates: false });
  });

  test('size and risk of bias', () => {
    const ms = moderators([
      point({ studyId: 'a', sampleSize: 30, risk: { ...cleanRisk, participantsBlinded: false } }),
      point({ studyId: 'b', stance: 'CONTRADICTS', sampleSize: 579 }),
    ]);
    expect(ms.find((m) => m.factor === 'SIZE')).toMatchObject({
      separates: true,
      text: 'supporting findings are from studies of n ≤ 30, contradicting ones from studies of n ≥ 579',
    });
    expect(ms.find((m) => m.factor === 'RISK_OF_BIAS')).toMatchObject({
      separates: true,
      supporting: ['high risk of bias'],
      contradicting: ['low risk of bias'],
    });
  });

  test('a factor stated on one side only does not separate', () => {
    const ms = moderators([
      point({ studyId: 'a', timepoint: 'n/a', timepointWeeks: null }),
      point({ studyId: 'b', stance: 'CONTRADICTS', timepointWeeks: 52 }),
    ]);
    expect(ms.find((m) => m.factor === 'TIMEPOINT')).toMatchObject({ separates: false, text: 'timepoint: not stated on both sides' });
  });
});

describe("timepoint moderator: a review's words when weeks are missing", () => {
  test('reviews saying "short-term" against a trial at 52 weeks separate by phase, not "not stated"', () => {
    const ms = moderators([
      review({ studyId: 'cochrane', timepoint: 'short-term (0-6 months)', timepointWeeks: null }),
      point({ studyId: 'trial', timepointWeeks: 10 }),
      point({ studyId: 'ateam', stance: 'CONTRADICTS', timepoint: '1 year', timepointWeeks: 52 }),
      review({ studyId: 'cochrane-lt', stance: 'CONTRADICTS', timepoint: 'long-term', timepointWeeks: null }),
    ]);
    const t = ms.find((m) => m.factor === 'TIMEPOINT')!;
    expect(t).toMatchObject({ separates: true, supporting: ['short-term (up to 26 weeks)'], contradicting: ['long-term (over 26 weeks)'] });
    expect(t.text).toBe('supporting findings are at short-term (up to 26 weeks); contradicting ones at long-term (over 26 weeks)');
  });

  test('a finding spanning both phases ("10 weeks and 1 year") does not let the phases separate', () => {
    const ms = moderators([
      point({ studyId: 'cherkin2001', timepoint: '10 weeks and 1 year', timepointWeeks: null }),
      review({ studyId: 'cochrane-lt', stance: 'CONTRADICTS', timepoint: 'long-term', timepointWeeks: null }),
    ]);
    expect(ms.find((m) => m.factor === 'TIMEPOINT')).toMatchObject({
      separates: false,
      supporting: ['short-term (up to 26 weeks)', 'long-term (over 26 weeks)'],
      contradicting: ['long-term (over 26 weeks)'],
    });
  });

  test.each([
    ['short-term only', null, ['short-term']],
    ['long-term (6-12 months)', null, ['long-term']],
    ['mainly short-term (abstract truncated in copy read)', null, ['short-term']],
    ['10 weeks and 1 year', null, ['short-term', 'long-term']],
    ['3 weeks and 1-month follow-up', null, ['short-term']],
    ['post-treatment (1 month)', null, ['short-term']],
    ['end of treatment (course length not stated in abstract)', null, ['short-term']],
    ['after 10 sessions', null, ['short-term']],
    ['during treatment', null, ['short-term']],
    ['6-month follow-up', null, ['short-term']],
    ['n/a', null, []],
    ['not stated in excerpt', null, []],
    [null, null, []],
    ['anything', 52, ['long-term']],
    ['short-term', 26, ['short-term']],
  ] as const)('timepoint %j (weeks %j) → %j', (text, weeks, phases) => expect(timepointPhases(text, weeks)).toEqual(phases));
});

describe("risk-of-bias moderator: only a study's own risk-of-bias facts", () => {
  const lowQualityNote = {
    ...cleanRisk,
    randomised: null,
    allocationConcealment: null,
    participantsBlinded: null,
    assessorsBlinded: null,
    gradeCertainty: null,
    qualityNote: 'low-quality evidence',
  };

  test('a guideline\'s "low-quality" wording is not read as risk of bias: not stated on that side', () => {
    const ms = moderators([
      point({ studyId: 'trial', risk: cleanRisk }),
      point({ studyId: 'acp', stance: 'CONTRADICTS', design: 'guideline', sampleSize: null, risk: lowQualityNote }),
      review({ studyId: 'review', stance: 'CONTRADICTS', risk: { ...lowQualityNote, gradeCertainty: 'very low' } }),
    ]);
    expect(ms.find((m) => m.factor === 'RISK_OF_BIAS')).toMatchObject({
      separates: false,
      supporting: ['low risk of bias'],
      contradicting: [],
      text: 'risk of bias: not stated on both sides',
    });
  });

  test.each([
    ['a review, whatever it says of its evidence', { design: 'systematic_review', risk: lowQualityNote }, null],
    ['a guideline', { design: 'guideline', risk: lowQualityNote }, null],
    ['a trial with no record', { design: 'rct', risk: null }, null],
    ['a trial whose record states nothing', { design: 'rct', risk: { ...lowQualityNote, qualityNote: null } }, null],
    ['randomised, concealed, blinded', { design: 'rct', risk: cleanRisk }, 'low risk of bias'],
    ['not randomised (a cohort)', { design: 'cohort', risk: { ...cleanRisk, randomised: false } }, 'high risk of bias'],
    ['allocation not concealed', { design: 'rct', risk: { ...cleanRisk, allocationConcealment: 'inadequate' } }, 'high risk of bias'],
    ['participants unblinded, self-reported pain', { design: 'rct', outcome: 'pain', risk: { ...cleanRisk, participantsBlinded: false } }, 'high risk of bias'],
    [
      'participants unblinded, assessor-measured flexion',
      { design: 'rct', outcome: 'range of motion (trunk flexion)', risk: { ...cleanRisk, participantsBlinded: false } },
      'low risk of bias',
    ],
    ['85% followed up... then 70%', { design: 'rct', risk: { ...cleanRisk, attritionNote: '98 (85%) then 70 (70%) completed' } }, 'high risk of bias'],
    ['randomised, the rest not stated', { design: 'rct', risk: { ...lowQualityNote, qualityNote: null, randomised: true } }, 'unclear risk of bias'],
  ] as const)('%s → %j', (_name, p, category) => expect(riskOfBiasCategory(p)).toBe(category));
});

describe('moderator categories: differences in kind, not in wording', () => {
  test.each([
    ['usual care', 'usual care'],
    ['usual care (GP)', 'usual care'],
    ['inactive control (sham/placebo/waiting list)', 'inactive control (sham, placebo or waiting list)'],
    ['none (within-group change)', 'no control (within-group change)'],
    ['none (guideline recommendation)', 'none (guideline recommendation)'],
    [
      'active control (manipulation, mobilization, TENS, acupuncture, traction, relaxation, physical therapy, exercises or self-care education)',
      'active control (manipulation, mobilization, TENS, acupuncture, traction, relaxation, physical therapy, exercises or self-care education)',
    ],
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
    const ms = moderators([
      point({ studyId: 'a', population: 'adults with chronic LBP' }),
      point({ studyId: 'b', stance: 'CONTRADICTS', population: 'chronic low back pain patients in primary care' }),
    ]);
    expect(ms.find((m) => m.factor === 'POPULATION')).toMatchObject({ separates: false, supporting: ['chronic back pain'] });
  });
});
