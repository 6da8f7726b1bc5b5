import { describe, expect, test } from 'vitest';
import { countOnce, supersededIds } from '../../server/src/evidence/count-once.js';
import type { StudyRelation } from '../../server/src/evidence/evidence-point.js';
import { point, review } from '../support/evidence-points.js';

const ids = (points: Array<{ studyId: string }>) => points.map((p) => p.studyId);

describe('one body of evidence counted once', () => {
  const cochrane2015 = review({ studyId: 'furlan2015cochrane', studyLabel: 'Furlan 2015' });
  const farber = review({ studyId: 'farber2016', studyLabel: 'Farber 2016', design: 'other' });
  const cochrane2008 = review({ studyId: 'furlan2008cochrane', studyLabel: 'Furlan 2008' });
  const cherkin2001 = point({ studyId: 'cherkin2001', studyLabel: 'Cherkin 2001' });
  const relations: StudyRelation[] = [
    { from: 'farber2016', type: 'REPUBLISHES', to: 'furlan2015cochrane' },
    { from: 'furlan2015cochrane', type: 'UPDATES', to: 'furlan2008cochrane' },
    { from: 'furlan2008cochrane', type: 'INCLUDES', to: 'cherkin2001' },
  ];

  test('a republication adds nothing beside what it republishes', () => {
    const { counted, excluded } = countOnce([cochrane2015, farber], relations);
    expect(ids(counted)).toEqual(['furlan2015cochrane']);
    expect(excluded).toEqual([expect.objectContaining({ code: 'REPUBLICATION', carriedBy: 'furlan2015cochrane' })]);
    expect(excluded[0]!.reason).toContain('Furlan 2015');
  });

  test('a republication counts when what it republishes does not bear on the claim', () => {
    expect(ids(countOnce([farber], relations).counted)).toEqual(['farber2016']);
  });

  test('a superseded review adds nothing when its update bears on the claim', () => {
    const { counted, excluded } = countOnce([cochrane2008, cochrane2015], relations);
    expect(ids(counted)).toEqual(['furlan2015cochrane']);
    expect(excluded[0]).toMatchObject({ code: 'SUPERSEDED', carriedBy: 'furlan2015cochrane' });
  });

  test('a superseded review counts when its update does not bear on the claim', () => {
    expect(ids(countOnce([cochrane2008], relations).counted)).toEqual(['furlan2008cochrane']);
  });

  test('superseding is transitive: a third version supersedes the first', () => {
    const rel: StudyRelation[] = [...relations, { from: 'v3', type: 'UPDATES', to: 'furlan2015cochrane' }];
    expect(ids(countOnce([cochrane2008, review({ studyId: 'v3' })], rel).counted)).toEqual(['v3']);
  });

  test('a trial a review on the claim includes is counted inside the review, not beside it', () => {
    const { counted, excluded } = countOnce([cherkin2001, cochrane2008], relations);
    expect(ids(counted)).toEqual(['furlan2008cochrane']);
    expect(excluded[0]).toMatchObject({ code: 'INCLUDED_IN_REVIEW', carriedBy: 'furlan2008cochrane' });
  });

  test('an included trial whose review is superseded is carried by the update', () => {
    const { counted, excluded } = countOnce([cherkin2001, cochrane2008, cochrane2015, farber], relations);
    expect(ids(counted)).toEqual(['furlan2015cochrane']);
    expect(excluded.find((e) => e.point.studyId === 'cherkin2001')).toMatchObject({ code: 'INCLUDED_IN_REVIEW', carriedBy: 'furlan2015cochrane' });
  });

  test('a trial counts on its own when no review on the claim includes it', () => {
    expect(ids(countOnce([cherkin2001], relations).counted)).toEqual(['cherkin2001']);
  });

  test('without relations everything counts', () => {
    expect(countOnce([cherkin2001, cochrane2008, cochrane2015, farber], []).excluded).toEqual([]);
  });

  test('superseded publications: older versions and republications', () => {
    expect([...supersededIds(relations)].sort()).toEqual(['farber2016', 'furlan2008cochrane']);
  });
});

describe('counting once, exactly (issue 19)', () => {
  const rel = (from: string, type: 'UPDATES' | 'REPUBLISHES' | 'INCLUDES', to: string) => ({ from, type, to });

  test('INCLUDES is inherited through UPDATES: a trial the earlier version included is carried by the update', () => {
    const points = [review({ studyId: 'furlan2015', comparator: 'usual care' }), point({ studyId: 'field2007' })];
    const { counted, excluded } = countOnce(points, [rel('furlan2015', 'UPDATES', 'furlan2008'), rel('furlan2008', 'INCLUDES', 'field2007')]);
    expect(counted.map((p) => p.studyId)).toEqual(['furlan2015']);
    expect(excluded[0]).toMatchObject({ code: 'INCLUDED_IN_REVIEW', carriedBy: 'furlan2015' });
  });

  test('a trial is counted inside a review only when the review covers the same comparison and time band', () => {
    const cochrane = review({
      studyId: 'furlan2015',
      comparator: 'inactive control (sham/placebo/waiting list)',
      timepoint: 'long-term',
      timepointWeeks: null,
    });
    const cherkin = point({ studyId: 'cherkin2011', comparator: 'usual care', timepoint: '52 weeks', timepointWeeks: 52 });
    expect(countOnce([cochrane, cherkin], [rel('furlan2015', 'INCLUDES', 'cherkin2011')]).counted.map((p) => p.studyId)).toEqual(['furlan2015', 'cherkin2011']);
    const sameComparison = review({ studyId: 'furlan2015', comparator: 'usual care', timepoint: 'long-term', timepointWeeks: null });
    expect(countOnce([sameComparison, cherkin], [rel('furlan2015', 'INCLUDES', 'cherkin2011')]).counted.map((p) => p.studyId)).toEqual(['furlan2015']);
    const shortTerm = review({ studyId: 'furlan2015', comparator: 'usual care', timepoint: 'short-term', timepointWeeks: null });
    expect(countOnce([shortTerm, cherkin], [rel('furlan2015', 'INCLUDES', 'cherkin2011')]).counted).toHaveLength(2);
  });
});
