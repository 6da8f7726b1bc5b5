import { describe, expect, test } from 'vitest';
import { NOT_COUNTED, stanceNote, stancesHeld, strongestStance, toCitationGroups, type CitedClaim } from '../../server/src/export/citation-groups.js';
import type { StudyForCitation } from '../../server/src/queries/get-studies-for-citation.js';

const study = (id: string, stances: StudyForCitation['stances']): StudyForCitation => ({ id, title: id, stances });
const claim = (uncounted: Array<[string, string]> = []): CitedClaim => ({ id: 'c', statement: 'Massage helps', uncounted: new Map(uncounted) });

describe('strongestStance', () => {
  test.each([
    [['SUPPORTS'], 'SUPPORTS'],
    [['QUALIFIES', 'QUALIFIES', 'SUPPORTS'], 'SUPPORTS'],
    [['SUPPORTS', 'SUPPORTS', 'CONTRADICTS'], 'SUPPORTS'],
    [['SUPPORTS', 'CONTRADICTS'], 'CONTRADICTS'],
    [['QUALIFIES'], 'QUALIFIES'],
    [[], null],
  ] as const)('%j → %s', (findings, stance) => {
    expect(strongestStance(findings)).toBe(stance);
  });
});

describe('toCitationGroups', () => {
  const studies = [
    study('both', ['SUPPORTS', 'SUPPORTS', 'CONTRADICTS']),
    study('against', ['CONTRADICTS']),
    study('mixed', ['QUALIFIES']),
    study('listed', []),
  ];

  test('puts each study once, under the stance of its strongest finding, then the listed studies', () => {
    const groups = toCitationGroups(studies, claim());
    expect(groups.map((g) => [g.title, g.entries.map((e) => e.study.id)])).toEqual([
      ['Supporting', ['both']],
      ['Contradicting', ['against']],
      ['Qualifying', ['mixed']],
      ['Other studies', ['listed']],
    ]);
  });

  test('keeps every stance a study takes as a keyword and notes the others', () => {
    const both = toCitationGroups(studies, claim())[0]!.entries[0]!;
    expect(both.keywords).toEqual(['evigraph:supports:c', 'evigraph:contradicts:c']);
    expect(both.note).toBe('Findings on “Massage helps”: 2 findings supporting, 1 finding contradicting; listed under Supporting');
    expect(both.study).not.toHaveProperty('stances');
  });

  test('studies the claim does not count go last, under their own heading, each noting why; notes never carry the claim id', () => {
    const groups = toCitationGroups(studies, claim([['against', 'included in Furlan 2015, whose finding covers the same comparison']]));
    expect(groups.map((g) => [g.title, g.entries.map((e) => e.study.id)])).toEqual([
      ['Supporting', ['both']],
      ['Qualifying', ['mixed']],
      ['Other studies', ['listed']],
      [NOT_COUNTED, ['against']],
    ]);
    expect(groups.at(-1)!.entries[0]!.note).toBe('Not counted on “Massage helps”: included in Furlan 2015, whose finding covers the same comparison');
    expect(groups.flatMap((g) => g.entries.map((e) => e.note ?? '')).join(' ')).not.toMatch(/\bc\b/);
    expect(stancesHeld([study('against', ['CONTRADICTS'])], claim([['against', 'x']]))).toEqual([]);
  });

  test('a study whose findings agree has no note', () => {
    expect(stanceNote('c', ['SUPPORTS', 'SUPPORTS'])).toBeNull();
  });

  test('without a claim, one untitled group with no keywords', () => {
    expect(toCitationGroups(studies, null)).toEqual([
      { title: null, entries: studies.map(({ stances: _, ...s }) => ({ study: s, keywords: [], note: null })) },
    ]);
  });
});

describe('stancesHeld', () => {
  test('names every stance any study takes, even one no study is listed under', () => {
    const tie = [study('t', ['SUPPORTS', 'CONTRADICTS']), study('x', [])];
    expect(toCitationGroups(tie, claim()).map((g) => g.title)).toEqual(['Contradicting', 'Other studies']);
    expect(stancesHeld(tie, claim())).toEqual(['Supporting', 'Contradicting', 'Other studies']);
    expect(stancesHeld(tie, null)).toEqual([]);
  });
});
