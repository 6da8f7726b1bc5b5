import { describe, expect, test } from 'vitest';
import { applySensitivity } from '../../server/src/evidence/sensitivity.js';
import { leaveOneOut } from '../../server/src/evidence/leave-one-out.js';
import { cleanRisk, point, review } from '../support/evidence-points.js';

const kept = (...args: Parameters<typeof applySensitivity>) => applySensitivity(...args).kept.map((p) => p.studyId);

describe('sensitivity exclusions', () => {
  const small = point({ studyId: 'small', sampleSize: 30 });
  const unknownSize = point({ studyId: 'unknown', sampleSize: null });
  const cohort = point({ studyId: 'cohort', design: 'cohort' });
  const withinGroup = point({ studyId: 'within', comparator: 'none (within-group change)' });
  const unblinded = point({ studyId: 'unblinded', risk: { ...cleanRisk, participantsBlinded: false } });
  const unclear = point({ studyId: 'unclear', risk: { ...cleanRisk, allocationConcealment: null, participantsBlinded: null } });
  const secondary = point({ studyId: 'secondary', sourceKind: 'secondary' });
  const old = review({ studyId: 'old' });
  const all = [small, unknownSize, cohort, withinGroup, unblinded, unclear, secondary, old];
  const relations = [{ from: 'new', type: 'UPDATES' as const, to: 'old' }];

  test('no options: nothing left out', () => expect(kept(all, {}, relations)).toHaveLength(all.length));
  test('small studies (n < 100; unknown size stays)', () => expect(kept(all, { excludeSmall: true }, relations)).not.toContain('small'));
  test('small studies keeps a study of unknown size', () => expect(kept(all, { excludeSmall: true }, relations)).toContain('unknown'));
  test('uncontrolled designs and within-group comparisons', () => {
    const k = kept(all, { excludeUncontrolled: true }, relations);
    expect(k).not.toContain('cohort');
    expect(k).not.toContain('within');
    expect(k).toContain('small');
  });
  test('high risk of bias: a definite problem, not merely unreported safeguards', () => {
    const k = kept(all, { excludeHighRiskOfBias: true }, relations);
    expect(k).not.toContain('unblinded');
    expect(k).toContain('unclear');
  });
  test('secondary-source findings', () =>
    expect(kept(all, { excludeSecondarySources: true }, relations)).toEqual(all.map((p) => p.studyId).filter((id) => id !== 'secondary')));
  test('superseded publications, even when the update is not on the claim', () =>
    expect(kept(all, { excludeSuperseded: true }, relations)).not.toContain('old'));
  test('each exclusion says why', () => {
    const { excluded } = applySensitivity(all, { excludeSmall: true, excludeSecondarySources: true }, relations);
    expect(excluded.map((e) => e.code).sort()).toEqual(['SECONDARY_SOURCE', 'SMALL_STUDY']);
    expect(excluded.find((e) => e.code === 'SMALL_STUDY')!.reason).toContain('n = 30');
  });
});

describe('leave-one-out', () => {
  test('no evidence', () => expect(leaveOneOut([]).verdict).toBe('NO_EVIDENCE'));

  test('one study: rests on it', () => {
    const r = leaveOneOut([point({ studyId: 'a', studyLabel: 'Cherkin 2011' })]);
    expect(r).toMatchObject({ verdict: 'RESTS_ON_ONE_STUDY', direction: 'SUPPORTS', pivotal: ['Cherkin 2011'] });
  });

  test('several agreeing studies: robust', () => {
    const r = leaveOneOut([point({ studyId: 'a' }), point({ studyId: 'b' }), point({ studyId: 'c' })]);
    expect(r).toMatchObject({ verdict: 'ROBUST', direction: 'SUPPORTS', pivotal: [] });
  });

  test('a heavy study against lighter ones: the direction rests on it', () => {
    const r = leaveOneOut([
      review({ studyId: 'review', stance: 'CONTRADICTS' }),
      point({ studyId: 'a', sampleSize: 30 }),
      point({ studyId: 'b', sampleSize: 30, design: 'cohort' }),
    ]);
    expect(r.verdict).toBe('RESTS_ON_ONE_STUDY');
    expect(r.pivotal).toEqual(['review']);
    expect(r.text).toContain('review');
  });
});
