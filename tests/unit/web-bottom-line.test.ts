import { describe, expect, test } from 'vitest';
import { bottomLine, findingKey, MAX_FINDINGS, timeBand, whatArticlesGetWrong, type Claim } from '../../web/src/panels/bottom-line-rule.js';

type Summary = Claim['summary'];
const claim = (id: string, statement: string, summary: Partial<Summary>, more: Partial<Claim> = {}): Claim => ({
  id,
  statement,
  claimKind: 'EFFECT',
  outcomes: [{ id: 'pain', name: 'Pain' }],
  conditions: [{ id: 'chronic-lbp', name: 'Chronic low back pain' }],
  summary: { verdict: 'SUPPORTED', certainty: 'LOW', studies: 1, assertions: 0, ...summary },
  ...more,
});

describe('the bottom line: which findings lead the question page', () => {
  test('only effect claims with a verdict from controlled studies, most counted studies first', () => {
    const claims = [
      claim('few', 'Massage helps sleep.', { studies: 2 }, { outcomes: [{ id: 'sleep', name: 'Sleep' }] }),
      claim('many', 'Massage reduces pain in chronic LBP in the short term.', { studies: 9 }),
      claim('mechanism', 'Massage releases endorphins.', { studies: 20 }, { claimKind: 'MECHANISM', outcomes: [{ id: 'x', name: 'X' }] }),
      claim('documentary', 'Guidelines recommend massage.', { studies: 30, verdict: 'DOCUMENTED' }, { claimKind: 'RECOMMENDATION' }),
      claim('thin', 'Massage helps sciatica.', { studies: 12, verdict: 'INSUFFICIENT' }, { conditions: [{ id: 'sciatica', name: 'Sciatica' }] }),
      claim('none', 'Massage flushes toxins.', { studies: 0, verdict: 'NO_STUDY_IN_GRAPH' }, { outcomes: [{ id: 'toxins', name: 'Toxins' }] }),
      claim(
        'against',
        'Massage works long term.',
        { studies: 5, verdict: 'CONTRADICTED' },
        { statement: 'Massage reduces pain in chronic LBP in the long term.' },
      ),
    ];
    expect(bottomLine(claims).map((c) => c.id)).toEqual(['many', 'against', 'few']);
  });

  test('one claim per outcome, condition and time band: the one with more studies wins, short and long term both stay', () => {
    const claims = [
      claim('broad', 'Massage reduces chronic back pain.', { studies: 4 }),
      claim('broader', 'Massage relieves chronic back pain.', { studies: 7 }),
      claim('short', 'Massage reduces pain in the short term.', { studies: 3 }),
      claim('long', 'Massage gives long-lasting relief.', { studies: 2, verdict: 'INCONCLUSIVE' }),
    ];
    expect(bottomLine(claims).map((c) => c.id)).toEqual(['broader', 'short', 'long']);
  });

  test('ties on studies go to the higher certainty; never more than the maximum', () => {
    const claims = Array.from({ length: 8 }, (_, i) =>
      claim(`c${i}`, `Claim ${i}.`, { studies: 3, certainty: i === 6 ? 'MODERATE' : 'LOW' }, { outcomes: [{ id: `o${i}`, name: `O${i}` }] }),
    );
    const chosen = bottomLine(claims);
    expect(chosen).toHaveLength(MAX_FINDINGS);
    expect(chosen[0]!.id).toBe('c6');
  });

  test("time bands come from the claim's words; the key combines outcomes, conditions and band", () => {
    expect(timeBand('Massage reduces pain in the short term')).toBe('short term');
    expect(timeBand('Deep tissue gives long-lasting relief')).toBe('long term');
    expect(timeBand('Massage reduces pain in chronic LBP in the long term')).toBe('long term');
    expect(timeBand('Massage helps back pain')).toBe('');
    const a = claim(
      'a',
      'x in the short term',
      {},
      {
        outcomes: [
          { id: 'b', name: '' },
          { id: 'a', name: '' },
        ],
      },
    );
    const b = claim(
      'b',
      'y short-term',
      {},
      {
        outcomes: [
          { id: 'a', name: '' },
          { id: 'b', name: '' },
        ],
      },
    );
    expect(findingKey(a)).toBe(findingKey(b));
  });
});

describe('what the articles get wrong', () => {
  test('asserted claims that are contradicted, not documented, insufficient or unstudied, grouped in that order, most asserted first', () => {
    const claims = [
      claim('unstudied-1', 'A.', { verdict: 'NO_STUDY_IN_GRAPH', studies: 0, assertions: 1 }),
      claim('unstudied-3', 'B.', { verdict: 'NO_STUDY_IN_GRAPH', studies: 0, assertions: 3 }),
      claim('nobody-says', 'C.', { verdict: 'NO_STUDY_IN_GRAPH', studies: 0, assertions: 0 }),
      claim('thin', 'D.', { verdict: 'INSUFFICIENT', assertions: 2 }),
      claim('against', 'E.', { verdict: 'CONTRADICTED', assertions: 1 }),
      claim('right', 'F.', { verdict: 'SUPPORTED', assertions: 5 }),
      claim('contested', 'G.', { verdict: 'CONTESTED', assertions: 5 }),
      claim('undocumented', 'H.', { verdict: 'NOT_DOCUMENTED', assertions: 1 }, { claimKind: 'EVIDENCE' }),
    ];
    expect(whatArticlesGetWrong(claims).map((g) => [g.verdict, g.claims.map((c) => c.id)])).toEqual([
      ['CONTRADICTED', ['against']],
      ['NOT_DOCUMENTED', ['undocumented']],
      ['INSUFFICIENT', ['thin']],
      ['NO_STUDY_IN_GRAPH', ['unstudied-3', 'unstudied-1']],
    ]);
  });
});
