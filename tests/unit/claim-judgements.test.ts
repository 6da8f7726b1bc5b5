import { describe, expect, test } from 'vitest';
import { checkSeed } from '../../server/src/seed/check-seed.js';
import { MASSAGE_QUESTION } from '../support/seed-fixture.js';
import { seedSummaries } from '../support/seed-summaries.js';

/**
 * Every seed claim with evidence: its certainty under the previous rule (evigraph-grade-v1), its certainty and verdict
 * now (evigraph-grade-v2, issue 19), and what decided it — the starting level, each domain that lowered it, and a
 * review's own rating where that capped it. A change to the rule or the links that moves any claim fails here, named.
 */
const JUDGEMENTS: Array<[claim: string, v1: string | null, level: string | null, verdict: string, decidedBy: string]> = [
  ['massage-raises-serotonin-dopamine', 'MODERATE', 'VERY_LOW', 'INSUFFICIENT', 'starts HIGH; INDIRECTNESS -1; IMPRECISION -2'],
  ['massage-relieves-muscle-tension', 'MODERATE', 'VERY_LOW', 'INSUFFICIENT', 'starts HIGH; INDIRECTNESS -2; IMPRECISION -2'],
  ['massage-raises-pain-tolerance', 'LOW', 'VERY_LOW', 'INSUFFICIENT', 'starts HIGH; RISK_OF_BIAS -1; INDIRECTNESS -2; IMPRECISION -2'],
  ['positive-expectations-contribute-to-benefit', 'LOW', 'LOW', 'INSUFFICIENT', 'starts LOW'],
  ['massage-reduces-anxiety', 'LOW', 'VERY_LOW', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1; IMPRECISION -2'],
  ['massage-reduces-depression', 'LOW', 'VERY_LOW', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1; IMPRECISION -2'],
  ['massage-improves-sleep', 'LOW', 'VERY_LOW', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1; IMPRECISION -2'],
  ['massage-improves-range-of-motion', 'MODERATE', 'LOW', 'SUPPORTED', 'starts HIGH; IMPRECISION -2'],
  ['massage-improves-mood-wellbeing', 'VERY_LOW', 'VERY_LOW', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1; INDIRECTNESS -1; IMPRECISION -2'],
  ['massage-improves-quality-of-life', 'VERY_LOW', 'VERY_LOW', 'INSUFFICIENT', 'starts LOW; INDIRECTNESS -1; IMPRECISION -1'],
  ['massage-reduces-medication-use-and-costs', 'MODERATE', 'MODERATE', 'SUPPORTED', 'starts HIGH; IMPRECISION -1'],
  ['massage-is-safe', 'LOW', 'LOW', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1; review ceiling LOW'],
  ['massage-effective-for-low-back-pain', 'MODERATE', 'LOW', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1; review ceiling LOW'],
  ['massage-benefits-proven-by-research', 'MODERATE', null, 'NOT_DOCUMENTED', 'documentary: not rated'],
  ['evidence-for-massage-insufficient', 'MODERATE', null, 'DOCUMENTED', 'documentary: not rated'],
  ['massage-reduces-pain-chronic-lbp-short-term', 'MODERATE', 'LOW', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1; review ceiling LOW'],
  ['massage-improves-function-chronic-lbp-short-term', 'MODERATE', 'LOW', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1; review ceiling LOW'],
  ['massage-reduces-pain-chronic-lbp-long-term', 'VERY_LOW', 'LOW', 'CONTESTED', 'starts HIGH; RISK_OF_BIAS -1; INCONSISTENCY -1'],
  ['massage-improves-function-chronic-lbp-long-term', 'LOW', 'LOW', 'CONTRADICTED', 'starts HIGH; RISK_OF_BIAS -1; review ceiling LOW'],
  ['massage-reduces-pain-acute-lbp', 'LOW', 'LOW', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1; review ceiling LOW'],
  ['massage-improves-function-acute-lbp', 'VERY_LOW', 'VERY_LOW', 'INCONCLUSIVE', 'starts HIGH; RISK_OF_BIAS -1; IMPRECISION -2'],
  ['massage-helps-subacute-lbp', 'MODERATE', 'LOW', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1; review ceiling LOW'],
  ['massage-helps-sciatica', 'VERY_LOW', 'VERY_LOW', 'CONTRADICTED', 'starts LOW; INDIRECTNESS -1; IMPRECISION -1'],
  ['massage-helps-specific-spinal-pathology', 'VERY_LOW', 'VERY_LOW', 'INSUFFICIENT', 'starts LOW; IMPRECISION -2'],
  ['massage-ineffective-for-underlying-conditions', null, 'VERY_LOW', 'INSUFFICIENT', 'starts LOW; IMPRECISION -2'],
  ['massage-relief-is-temporary', 'VERY_LOW', 'LOW', 'CONTESTED', 'starts HIGH; RISK_OF_BIAS -1; INCONSISTENCY -1'],
  ['massage-standalone-effective', 'LOW', 'LOW', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1; review ceiling LOW'],
  ['guidelines-recommend-massage-for-lbp', 'VERY_LOW', null, 'PARTLY_DOCUMENTED', 'documentary: not rated'],
  ['massage-better-than-placebo', 'MODERATE', 'LOW', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1; review ceiling LOW'],
  ['massage-plus-exercise-better-than-massage-alone', 'LOW', 'LOW', 'SUPPORTED', 'starts HIGH; INDIRECTNESS -1; IMPRECISION -1'],
  ['massage-plus-medical-treatment-better', 'LOW', 'VERY_LOW', 'INSUFFICIENT', 'starts HIGH; RISK_OF_BIAS -1; IMPRECISION -2'],
  ['massage-plus-traction-better-than-traction', 'LOW', 'VERY_LOW', 'INSUFFICIENT', 'starts HIGH; RISK_OF_BIAS -1; INDIRECTNESS -1; IMPRECISION -2'],
  ['massage-alternative-to-other-treatments', 'LOW', 'VERY_LOW', 'CONTESTED', 'starts HIGH; RISK_OF_BIAS -1; review ceiling VERY_LOW'],
  ['massage-better-than-physical-therapy', 'LOW', 'LOW', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1; IMPRECISION -1'],
  ['massage-as-good-as-spinal-manipulation', 'LOW', 'VERY_LOW', 'CONTRADICTED', 'starts LOW; RISK_OF_BIAS -1; IMPRECISION -1'],
  ['massage-better-than-acupuncture', 'LOW', 'LOW', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1; IMPRECISION -1'],
  ['massage-better-than-self-care-education', 'LOW', 'LOW', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1; IMPRECISION -1'],
  ['massage-better-than-relaxation-therapy', 'LOW', 'VERY_LOW', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1; IMPRECISION -2'],
  ['massage-better-than-usual-care', 'MODERATE', 'MODERATE', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1'],
  ['massage-as-good-as-exercise-or-alexander-long-term', 'VERY_LOW', 'LOW', 'CONTRADICTED', 'starts HIGH; RISK_OF_BIAS -1; INDIRECTNESS -1'],
  ['nsaid-plus-deep-tissue-better-than-massage-alone', 'LOW', 'VERY_LOW', 'INSUFFICIENT', 'starts HIGH; RISK_OF_BIAS -1; IMPRECISION -2'],
  ['swedish-massage-relieves-back-pain', 'MODERATE', 'MODERATE', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1'],
  ['structural-massage-relieves-chronic-lbp', 'MODERATE', 'MODERATE', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1'],
  ['deeper-massage-better-than-relaxation-massage', 'MODERATE', 'MODERATE', 'CONTRADICTED', 'starts HIGH; RISK_OF_BIAS -1'],
  ['relaxation-and-structural-massage-equal', 'MODERATE', 'MODERATE', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1'],
  ['deep-tissue-relieves-chronic-back-pain', 'LOW', 'VERY_LOW', 'INSUFFICIENT', 'starts HIGH; RISK_OF_BIAS -1; INDIRECTNESS -1; IMPRECISION -2'],
  [
    'deep-massage-improves-pain-threshold-and-muscle-hardness',
    'LOW',
    'VERY_LOW',
    'INSUFFICIENT',
    'starts HIGH; RISK_OF_BIAS -1; INDIRECTNESS -2; IMPRECISION -2',
  ],
  ['thai-massage-relieves-back-pain', 'LOW', 'VERY_LOW', 'INSUFFICIENT', 'starts LOW; RISK_OF_BIAS -1; IMPRECISION -1'],
  ['thai-massage-better-than-swedish', 'LOW', 'LOW', 'CONTRADICTED', 'starts HIGH; RISK_OF_BIAS -1; IMPRECISION -1'],
  ['acupressure-better-than-physical-therapy', 'LOW', 'LOW', 'SUPPORTED', 'starts HIGH; RISK_OF_BIAS -1; IMPRECISION -1'],
];

const decidedBy = (s: ReturnType<typeof seedSummaries>[number]['summary']) => {
  const a = s.assessment;
  if (a.level == null) return 'documentary: not rated';
  return [`starts ${a.start}`, ...a.domains.filter((d) => d.levels > 0).map((d) => `${d.domain} -${d.levels}`), a.ceiling ? `review ceiling ${a.ceiling}` : '']
    .filter(Boolean)
    .join('; ');
};

describe('certainty and verdict of every claim with evidence (issue 19)', () => {
  const now = new Map(seedSummaries().map((c) => [c.id, c.summary]));

  test('the table covers every claim of the massage question a study bears on', () => {
    const massageClaims = new Set(
      checkSeed()
        .questions.find((q) => q.question.id === MASSAGE_QUESTION)!
        .claims.map((c) => c.id),
    );
    const borne = [...now].filter(([id, s]) => massageClaims.has(id) && s.studies > 0).map(([id]) => id);
    expect(JUDGEMENTS.map(([id]) => id).sort()).toEqual(borne.sort());
  });

  test.each(JUDGEMENTS)('%s: was %s, now %s and %s (%s)', (id, _v1, level, verdict, why) => {
    const s = now.get(id)!;
    expect({ level: s.certainty, verdict: s.verdict, why: decidedBy(s) }).toEqual({ level, verdict, why });
  });

  test('no claim is rated higher than under the previous rule unless a named domain explains it', () => {
    const order = ['VERY_LOW', 'LOW', 'MODERATE', 'HIGH'];
    const raised = JUDGEMENTS.filter(([, v1, level]) => v1 && level && order.indexOf(level) > order.indexOf(v1)).map(([id]) => id);
    expect(raised).toEqual(['massage-reduces-pain-chronic-lbp-long-term', 'massage-relief-is-temporary', 'massage-as-good-as-exercise-or-alexander-long-term']);
  });
});
