import { describe, expect, test } from 'vitest';
import { designFromKeywords, initialsOf, toGraphAuthor, type ImportedStudy } from '../../server/src/import/from-csl.js';
import { idBase, planImport, type ExistingStudy } from '../../server/src/import/import-plan.js';

const record = (over: Partial<ImportedStudy>): ImportedStudy => ({
  entry: 'entry "x"',
  key: null,
  title: 'A title',
  authors: ['Cherkin DC'],
  year: 2011,
  journal: null,
  volume: null,
  issue: null,
  pages: null,
  doi: null,
  pmid: null,
  pmcid: null,
  url: null,
  design: 'other',
  ...over,
});

const existing: ExistingStudy[] = [
  { id: 'cherkin2011', title: 'A comparison of two massages', year: 2011, doi: '10.7326/ABC' },
  { id: 'furlan2015', title: 'Massage for low-back pain', year: 2015, doi: '10.1002/X' },
  { id: 'nice2016', title: 'Low back pain and sciatica', year: 2016, doi: null },
];

describe('planImport', () => {
  test('a DOI match is a duplicate whatever the title', () => {
    expect(planImport([record({ doi: 'https://doi.org/10.7326/abc', title: 'Other' })], existing, new Set())).toEqual({
      add: [],
      duplicates: ['cherkin2011'],
      flagged: [],
    });
  });

  test('a title and year match without a DOI is a duplicate', () => {
    expect(planImport([record({ title: 'MASSAGE for low back pain.', year: 2015 })], existing, new Set()).duplicates).toEqual(['furlan2015']);
  });

  test('a title and year match whose DOI disagrees is flagged, not added', () => {
    const plan = planImport([record({ title: 'Massage for low-back pain', year: 2015, doi: '10.9/other' })], existing, new Set());
    expect(plan.add).toEqual([]);
    expect(plan.flagged).toEqual([{ entry: 'entry "x"', existingId: 'furlan2015', reason: expect.stringContaining('10.9/other') }]);
  });

  test('a DOI on the record and none on the matching study is a duplicate', () => {
    expect(planImport([record({ title: 'Low back pain and sciatica', year: 2016, doi: '10.5/nice' })], existing, new Set()).duplicates).toEqual(['nice2016']);
  });

  test('the same year with another title is new', () => {
    expect(planImport([record({ title: 'Something else', year: 2015 })], existing, new Set()).add).toHaveLength(1);
  });

  test('a taken id gets the next free suffix, and a repeat within the file is a duplicate of the first', () => {
    const plan = planImport(
      [record({ title: 'New one' }), record({ title: 'New two' }), record({ title: 'new ONE' })],
      [],
      new Set(['cherkin2011', 'cherkin2011-2']),
    );
    expect(plan.add.map((s) => s.id)).toEqual(['cherkin2011-3', 'cherkin2011-4']);
    expect(plan.duplicates).toEqual(['cherkin2011-3']);
  });
});

describe('ids and authors of imported records', () => {
  test.each([
    [{ key: 'furlan2015cochrane' }, 'furlan2015cochrane'],
    [{ key: 'Cherkin2011Comparison' }, 'cherkin2011comparison'],
    [{ key: 'bad key!' }, 'cherkin2011'],
    [{ authors: ['Hernández-Reif M'] }, 'hernandezreif2011'],
    [{ authors: ['National Institute for Health and Care Excellence'] }, 'national2011'],
    [{ authors: [], title: 'Low back pain guideline' }, 'lowbackpain2011'],
  ])('idBase of %j is %s', (over, id) => {
    expect(idBase(record(over))).toBe(id);
  });

  test.each([
    ['D. C.', 'DC'],
    ['Daniel Charles', 'DC'],
    ['Jean-Pierre', 'JP'],
    ['DC', 'DC'],
    ['', ''],
  ])('initials of %j are %j', (given, initials) => {
    expect(initialsOf(given)).toBe(initials);
  });

  test.each([
    [{ family: 'Tulder', given: 'M. W.', 'non-dropping-particle': 'van' }, 'van Tulder MW'],
    [{ literal: 'National Institute for Health and Care Excellence' }, 'National Institute for Health and Care Excellence'],
    [{ family: 'Clinical Committee' }, 'Clinical Committee'],
  ])('author %j is %j', (name, author) => {
    expect(toGraphAuthor(name)).toBe(author);
  });

  test.each([
    ['Randomized Controlled Trial, evigraph:supports:c', 'rct'],
    ['Humans; Meta-Analysis', 'systematic_review'],
    ['Practice Guideline', 'guideline'],
    ['Case Reports', 'case_report'],
    ['massage, back pain', 'other'],
    [undefined, 'other'],
  ])('design of keywords %j is %s', (keywords, design) => {
    expect(designFromKeywords(keywords)).toBe(design);
  });
});
