import { describe, expect, test } from 'vitest';
import { summarise } from '../../server/src/evidence/summarise.js';
import { summariseCell } from '../../server/src/evidence/summarise-cell.js';
import { cleanRisk, point, review } from '../support/evidence-points.js';

const BODIES = {
  empty: [],
  'one small trial': [point({ studyId: 'a', sampleSize: 40 })],
  'a study on two claims of the cell, with mixed findings': [
    point({ studyId: 'a' }),
    point({ studyId: 'a', stance: 'CONTRADICTS' }),
    point({ studyId: 'b', stance: 'QUALIFIES' }),
  ],
  'contested, unblinded trials beside a review': [
    point({ studyId: 'a', risk: { ...cleanRisk, participantsBlinded: false } }),
    point({ studyId: 'b', stance: 'CONTRADICTS', sampleSize: 90, risk: { ...cleanRisk, participantsBlinded: false } }),
    review({ studyId: 'r', risk: { ...cleanRisk, randomised: null, gradeCertainty: 'low' } }),
  ],
  'only non-randomised evidence': [point({ studyId: 'c', design: 'cohort' }), point({ studyId: 'd', design: 'case_report', sampleSize: 1 })],
};

describe('a map cell summary', () => {
  test.each(Object.entries(BODIES))('%s: the same studies, findings, balance and certainty as the full summary', (_, points) => {
    const full = summarise(points);
    expect(summariseCell(points)).toEqual({
      studies: full.studies,
      balance: full.balance,
      certainty: full.certainty,
      supporting: full.supporting,
      contradicting: full.contradicting,
      qualifying: full.qualifying,
    });
  });
});
