import { describe, expect, test } from 'vitest';
import { assessCertainty, CERTAINTY_RULE_VERSION, type Domain } from '../../server/src/evidence/certainty.js';
import { riskOfBias } from '../../server/src/evidence/risk-of-bias.js';
import { lowestLevelNamed, parseStatedCertainty } from '../../server/src/evidence/stated-certainty.js';
import { claim, cleanRisk, point, review } from '../support/evidence-points.js';

const domain = (points: Parameters<typeof assessCertainty>[0], d: Domain) => assessCertainty(points, claim).domains.find((x) => x.domain === d)!;

describe('certainty (evigraph-grade-v2)', () => {
  test('no evidence: no level at all, and says so', () => {
    const c = assessCertainty([], claim);
    expect(c).toMatchObject({ rule: CERTAINTY_RULE_VERSION, level: null, start: null, domains: [] });
    expect(c.reason).toContain('no study in this graph');
  });

  test('large well-conducted randomised trials that agree stay HIGH', () => {
    const c = assessCertainty([point({ studyId: 'a' }), point({ studyId: 'b' })], claim);
    expect(c.level).toBe('HIGH');
    expect(c.domains.every((d) => d.levels === 0)).toBe(true);
  });

  test('randomised evidence starts high, other designs low', () => {
    expect(assessCertainty([point({ studyId: 'a' }), point({ studyId: 'b' })], claim).start).toBe('HIGH');
    const cohort = assessCertainty([point({ studyId: 'c', design: 'cohort' }), point({ studyId: 'd', design: 'cohort' })], claim);
    expect(cohort).toMatchObject({ start: 'LOW', level: 'LOW' });
    expect(assessCertainty([point({ studyId: 'e', risk: { ...cleanRisk, randomised: false } })], claim).start).toBe('LOW');
  });

  test('with randomised evidence, other designs are shown but not rated', () => {
    const c = assessCertainty(
      [point({ studyId: 'a' }), point({ studyId: 'b' }), point({ studyId: 'case', design: 'case_report', sampleSize: 1, stance: 'CONTRADICTS' })],
      claim,
    );
    expect(c.level).toBe('HIGH');
    expect(c.startReason).toContain('not rated');
  });

  describe('risk of bias', () => {
    test('unblinded participants reporting their own pain: a serious risk, naming the study', () => {
      const unblinded = { ...cleanRisk, participantsBlinded: false };
      const d = domain([point({ studyId: 'cherkin2011', studyLabel: 'Cherkin 2011', risk: unblinded }), point({ studyId: 'b' })], 'RISK_OF_BIAS');
      expect(d.levels).toBe(1);
      expect(d.studies).toEqual(['Cherkin 2011']);
      expect(d.reason).toContain('participants not blinded and the outcome is self-reported');
    });

    test('unblinded participants do not matter for an outcome they do not report themselves', () => {
      expect(
        riskOfBias(point({ studyId: 'a', outcome: 'serotonin', outcomeMeasure: 'urinary serotonin', risk: { ...cleanRisk, participantsBlinded: false } }))
          .serious,
      ).toBe(false);
    });

    test('two safeguards not reported is serious; one is not', () => {
      const unstated = { ...cleanRisk, allocationConcealment: null, participantsBlinded: null };
      expect(riskOfBias(point({ studyId: 'a', risk: unstated })).serious).toBe(true);
      expect(riskOfBias(point({ studyId: 'a', risk: { ...cleanRisk, allocationConcealment: null } })).serious).toBe(false);
      expect(riskOfBias(point({ studyId: 'a', risk: null }))).toMatchObject({ serious: true, unclear: ['risk of bias not reported'] });
    });

    test('a review whose authors rate their evidence very low is at serious risk', () => {
      const r = review({ studyId: 'furlan2015', risk: { ...cleanRisk, gradeCertainty: JSON.stringify({ overall: 'low to very low' }) } });
      expect(domain([r], 'RISK_OF_BIAS')).toMatchObject({ levels: 1, studies: ['furlan2015'] });
    });

    test('fewer than half the studies at risk: no downgrade', () => {
      const risky = point({ studyId: 'x', risk: { ...cleanRisk, participantsBlinded: false } });
      expect(domain([risky, point({ studyId: 'a' }), point({ studyId: 'b' })], 'RISK_OF_BIAS').levels).toBe(0);
    });
  });

  describe('inconsistency', () => {
    test('two different studies pointing different ways cost a level and are named', () => {
      const d = domain([point({ studyId: 'a' }), point({ studyId: 'b', stance: 'CONTRADICTS' })], 'INCONSISTENCY');
      expect(d).toMatchObject({ levels: 1, studies: ['a', 'b'] });
    });

    test('one study with findings both ways is not inconsistency between studies', () => {
      expect(domain([point({ studyId: 'a' }), point({ studyId: 'a', stance: 'CONTRADICTS' })], 'INCONSISTENCY').levels).toBe(0);
    });
  });

  describe('indirectness', () => {
    test('a different comparator, outcome or population is indirect and named', () => {
      const points = [
        point({ studyId: 'acu', comparator: 'acupuncture' }),
        point({ studyId: 'serotonin', outcome: 'serotonin', outcomeMeasure: 'urinary serotonin' }),
        point({ studyId: 'clients', population: 'general massage clients' }),
      ];
      const d = domain(points, 'INDIRECTNESS');
      expect(d.levels).toBe(1);
      expect(d.studies).toEqual(['acu', 'serotonin', 'clients']);
      expect(d.reason).toContain('compared with acupuncture');
      expect(d.reason).toContain('urinary serotonin');
      expect(d.reason).toContain('general massage clients');
    });

    test('matching comparator, outcome and population is direct', () => {
      expect(
        domain([point({ studyId: 'a', comparator: 'usual care (GP)', outcome: 'symptom bothersomeness (pain)', population: 'chronic LBP' })], 'INDIRECTNESS')
          .levels,
      ).toBe(0);
    });

    test('a claim that names no comparator is not judged on comparators', () => {
      const c = assessCertainty([point({ studyId: 'acu', comparator: 'acupuncture' })], { ...claim, comparators: [] });
      expect(c.domains.find((d) => d.domain === 'INDIRECTNESS')!.levels).toBe(0);
    });
  });

  describe('imprecision', () => {
    test('fewer than 400 participants in total costs a level', () => {
      const d = domain([point({ studyId: 'a', sampleSize: 60 }), point({ studyId: 'b', sampleSize: 64 })], 'IMPRECISION');
      expect(d.levels).toBe(1);
      expect(d.reason).toContain('124 participants');
      expect(d.studies).toEqual(['a', 'b']);
    });

    test('an interval that includes no effect costs a level (0 for differences, 1 for ratios)', () => {
      const crossesZero = point({ studyId: 'a', effect: { measure: 'SMD', value: -0.2, ciLow: -0.5, ciHigh: 0.1, participants: 500, studies: 3 } });
      expect(domain([crossesZero], 'IMPRECISION')).toMatchObject({ levels: 1, studies: ['a'] });
      const ratio = point({ studyId: 'b', effect: { measure: 'RR', value: 1.4, ciLow: 1.1, ciHigh: 1.8, participants: 500, studies: 1 } });
      expect(domain([ratio], 'IMPRECISION').levels).toBe(0);
      const ratioCrossing = point({ studyId: 'c', effect: { measure: 'RR', value: 1.2, ciLow: 0.9, ciHigh: 1.6, participants: 500, studies: 1 } });
      expect(domain([ratioCrossing], 'IMPRECISION').levels).toBe(1);
    });

    test('both problems: very serious imprecision, two levels', () => {
      const p = point({ studyId: 'a', sampleSize: 51, effect: { measure: 'SMD', value: -0.3, ciLow: -0.8, ciHigh: 0.2, participants: 51, studies: 1 } });
      expect(domain([p], 'IMPRECISION').levels).toBe(2);
    });
  });

  describe('publication bias', () => {
    test('not assessable with fewer than five studies', () => {
      expect(domain([point({ studyId: 'a' })], 'PUBLICATION_BIAS')).toMatchObject({ assessed: false, levels: 0 });
    });

    test('only small studies support, larger ones do not: small-study effect, one level', () => {
      const small = ['s1', 's2', 's3'].map((id) => point({ studyId: id, sampleSize: 30 }));
      const large = ['l1', 'l2'].map((id) => point({ studyId: id, sampleSize: 400, stance: 'QUALIFIES' }));
      const d = domain([...small, ...large], 'PUBLICATION_BIAS');
      expect(d).toMatchObject({ assessed: true, levels: 1, studies: ['s1', 's2', 's3'] });
    });
  });

  test('levels add up and stop at VERY_LOW; the reason names every lowering domain', () => {
    const risky = { ...cleanRisk, participantsBlinded: false };
    const c = assessCertainty(
      [
        point({ studyId: 'a', sampleSize: 30, comparator: 'acupuncture', risk: risky }),
        point({ studyId: 'b', sampleSize: 30, stance: 'CONTRADICTS', risk: risky }),
      ],
      claim,
    );
    expect(c.level).toBe('VERY_LOW');
    expect(c.reason).toMatch(/risk of bias.*inconsistency.*indirectness.*imprecision/);
  });

  test('one unblinded RCT with self-reported pain is not HIGH (one definite problem: one level)', () => {
    const c = assessCertainty([point({ studyId: 'cherkin2011', sampleSize: 401, risk: { ...cleanRisk, participantsBlinded: false } })], claim);
    expect(c.level).toBe('MODERATE');
  });

  test('two definite problems in most of the weight cost two levels for risk of bias', () => {
    const bad = { ...cleanRisk, participantsBlinded: false, allocationConcealment: 'inadequate' };
    const d = domain([point({ studyId: 'a', sampleSize: 500, risk: bad }), point({ studyId: 'b', sampleSize: 20 })], 'RISK_OF_BIAS');
    expect(d.levels).toBe(2);
    expect(d.reason).toContain('two or more definite risk-of-bias problems');
  });
});

describe('stated certainty', () => {
  test.each([
    ['low to very low', 'VERY_LOW'],
    ['low-quality evidence', 'LOW'],
    ['moderate', 'MODERATE'],
    ['not retrieved', null],
  ])('"%s" → %s', (text, level) => expect(lowestLevelNamed(text)).toBe(level));

  test('a JSON object of comparison → certainty, a phrase, or nothing', () => {
    expect(parseStatedCertainty(JSON.stringify({ overall: 'very low' }))).toEqual([{ comparison: 'overall', certainty: 'very low', level: 'VERY_LOW' }]);
    expect(parseStatedCertainty('low')).toEqual([{ comparison: null, certainty: 'low', level: 'LOW' }]);
    expect(parseStatedCertainty(null)).toEqual([]);
  });
});

describe('directness details', () => {
  const d = (over: Parameters<typeof point>[0]) => assessCertainty([point(over)], claim).domains.find((x) => x.domain === 'INDIRECTNESS')!.levels;
  test('a population lasting at least 6 months is chronic, though the word is not used', () => {
    expect(d({ studyId: 'a', population: '24 adults with low back pain of nociceptive origin lasting at least 6 months' })).toBe(0);
    expect(d({ studyId: 'a', population: 'adults with acute low back pain' })).toBe(1);
  });
  test('a finding about the evidence as a whole names no outcome to compare', () => {
    expect(d({ studyId: 'a', outcome: 'overall conclusion', outcomeMeasure: null })).toBe(0);
  });
  test('sub-acute and subacute are the same population', () => {
    expect(
      assessCertainty([point({ studyId: 'a', population: 'sub-acute LBP' })], { ...claim, conditions: ['Subacute low back pain'] }).domains.find(
        (x) => x.domain === 'INDIRECTNESS',
      )!.levels,
    ).toBe(0);
  });
});

describe("the reviews' own word as a ceiling", () => {
  const stated = (gradeCertainty: string) => review({ studyId: 'r', sampleSize: 3096, risk: { ...cleanRisk, gradeCertainty } });
  test('evidence resting only on a review that says "low to very low" is at most low', () => {
    const c = assessCertainty([stated('{"overall":"low to very low"}')], claim);
    expect(c).toMatchObject({ level: 'LOW', ceiling: 'LOW' });
    expect(c.reason).toContain('no higher than low: r rates its evidence as a whole “low to very low”');
  });
  test('a trial beside the review does not lift the ceiling: it is likely among the trials the review pooled', () => {
    expect(assessCertainty([stated('very low'), point({ studyId: 't' })], claim)).toMatchObject({ level: 'VERY_LOW', ceiling: 'VERY_LOW' });
  });
  test('a review stating nothing sets no ceiling', () => {
    expect(assessCertainty([review({ studyId: 'r', risk: null })], claim).ceiling).toBeNull();
  });
});
