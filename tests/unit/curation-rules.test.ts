import { describe, expect, test } from 'vitest';
import { findingProps, linkProps, MAX_QUOTE } from '../../server/src/curation/finding-rules.js';
import { undoChanges } from '../../server/src/curation/revert-change.js';
import { decidingDomain } from '../../server/src/curation/verdict-snapshot.js';
import { initialsOf } from '../../server/src/metadata/found-record.js';
import type { FindingInput } from '../../server/src/generated/graphql.js';

const finding: FindingInput = {
  outcome: 'pain',
  timepoint: '10 weeks',
  timepointWeeks: 10,
  effect: 'No difference.',
  quote: 'There was no difference.',
  sourceUrl: 'https://example.org/a',
  sourceKind: 'PRIMARY',
  effectSize: { measure: 'MD', value: -0.1, ciLow: -0.6, ciHigh: 0.4, participants: 240 },
};
const fieldOf = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return (err as { extensions?: { field?: string } }).extensions?.field;
  }
  return null;
};

describe('a finding added in the page follows the seed checker', () => {
  test('is stored in the seed edge shape, the effect size flattened', () => {
    expect(findingProps(finding)).toMatchObject({ sourceKind: 'primary', sourceUrl: 'https://example.org/a', effectMeasure: 'MD', effectValue: -0.1, effectCiLow: -0.6, effectCiHigh: 0.4, effectParticipants: 240, timepointWeeks: 10 });
  });

  test.each<[string, Partial<FindingInput>, string]>([
    ['a quote over 300 characters', { quote: 'x'.repeat(MAX_QUOTE + 1) }, 'quote'],
    ['an empty quote', { quote: '  ' }, 'quote'],
    ['a source that is not http(s)', { sourceUrl: 'javascript:alert(1)' }, 'sourceUrl'],
    ['half an interval', { effectSize: { measure: 'MD', ciLow: 1 } }, 'effectSize.ciLow'],
    ['an interval upside down', { effectSize: { measure: 'MD', ciLow: 1, ciHigh: 0 } }, 'effectSize.ciLow'],
    ['an effect outside its interval', { effectSize: { measure: 'MD', value: 3, ciLow: 0, ciHigh: 1 } }, 'effectSize.value'],
    ['fractional weeks', { timepointWeeks: 1.5 }, 'timepointWeeks'],
  ])('%s is refused naming the field', (_, over, field) => {
    expect(fieldOf(() => findingProps({ ...finding, ...over }))).toBe(field);
  });

  test('a link needs its reason', () => {
    expect(fieldOf(() => linkProps({ claimId: 'c', stance: 'SUPPORTS', why: ' ' }))).toBe('why');
    expect(linkProps({ claimId: 'c', stance: 'SUPPORTS', why: 'Because.', measuredMechanismIds: ['m', 'm'] })).toEqual({ why: 'Because.', measuredMechanisms: ['m'] });
  });
});

describe('undo and preview helpers', () => {
  test('an undo writes back every property as it was and removes what the change added, never bookkeeping', () => {
    const before = { id: 'e', version: 2, stance: 'SUPPORTS', why: 'old', quote: 'q' };
    const after = { id: 'e', version: 3, stance: 'CONTRADICTS', why: 'new', quote: 'q', comparator: 'sham' };
    expect(undoChanges(before, after)).toEqual({ why: 'old', quote: 'q', comparator: null });
  });

  test('the deciding domain is the one that took most levels off', () => {
    const d = (domain: string, levels: number) => ({ domain, levels, assessed: true, reason: '', studies: [] });
    expect(decidingDomain({ assessment: { domains: [d('RISK_OF_BIAS', 1), d('IMPRECISION', 2)] } } as never)).toBe('IMPRECISION');
    expect(decidingDomain({ assessment: { domains: [d('RISK_OF_BIAS', 0)] } } as never)).toBeNull();
  });

  test('authors are stored as "Family Initials"', () => {
    expect(initialsOf('Daniel C.')).toBe('DC');
    expect(initialsOf('Jean-Luc')).toBe('JL');
  });
});
