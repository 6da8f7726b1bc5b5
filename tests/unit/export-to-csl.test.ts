import { describe, expect, test } from 'vitest';
import { cslTypeOf, toCslItem, toCslName } from '../../server/src/export/to-csl.js';
import { downloadUrlFor, fileNameFor, formatFromParam } from '../../server/src/export/citation-formats.js';
import { bareDoi, normaliseDoi, normaliseTitle } from '../../server/src/domain/normalise.js';

describe('toCslName', () => {
  test.each([
    ['Cherkin DC', { family: 'Cherkin', given: 'D. C.' }],
    ['van Tulder MW', { family: 'van Tulder', given: 'M. W.' }],
    ['Hernandez-Reif M', { family: 'Hernandez-Reif', given: 'M.' }],
    ['National Institute for Health and Care Excellence', { literal: 'National Institute for Health and Care Excellence' }],
    ['Koninklijk Nederlands Genootschap voor Fysiotherapie (KNGF)', { literal: 'Koninklijk Nederlands Genootschap voor Fysiotherapie (KNGF)' }],
  ])('%s → %j', (author, name) => {
    expect(toCslName(author)).toEqual(name);
  });
});

describe('toCslItem', () => {
  test('maps a journal trial with every field, DOI also as its link, authors in order', () => {
    expect(
      toCslItem({
        id: 'cherkin2011',
        title: 'A trial',
        authors: ['Cherkin DC', 'Sherman KJ'],
        year: 2011,
        journal: 'Ann Intern Med',
        volume: '155',
        issue: '1',
        pages: '1-9',
        doi: '10.7326/ABC',
        pmid: '123',
        pmcid: null,
        url: 'https://annals.org/x',
        design: 'rct',
      }),
    ).toEqual({
      id: 'cherkin2011',
      'citation-key': 'cherkin2011',
      type: 'article-journal',
      title: 'A trial',
      author: [
        { family: 'Cherkin', given: 'D. C.' },
        { family: 'Sherman', given: 'K. J.' },
      ],
      issued: { 'date-parts': [[2011]] },
      'container-title': 'Ann Intern Med',
      volume: '155',
      issue: '1',
      page: '1-9',
      DOI: '10.7326/ABC',
      PMID: '123',
      URL: 'https://doi.org/10.7326/ABC',
      keyword: 'Randomized Controlled Trial',
    });
  });

  test("leaves empty fields out and keeps the record's own URL when there is no DOI", () => {
    expect(
      toCslItem(
        {
          id: 'nice2016ng59',
          title: 'Low back pain',
          authors: ['National Institute for Health and Care Excellence'],
          year: 2016,
          journal: null,
          volume: '',
          doi: '',
          url: 'https://x.org/a',
          design: 'guideline',
        },
        ['evigraph:supports:c'],
      ),
    ).toEqual({
      id: 'nice2016ng59',
      'citation-key': 'nice2016ng59',
      type: 'report',
      title: 'Low back pain',
      author: [{ literal: 'National Institute for Health and Care Excellence' }],
      issued: { 'date-parts': [[2016]] },
      URL: 'https://x.org/a',
      keyword: 'Practice Guideline, evigraph:supports:c',
    });
  });

  test('takes the full journal title where the graph has it, keeping the abbreviation as the short title', () => {
    expect(toCslItem({ id: 'x', title: 'T', journal: 'Ann Intern Med', journalFull: 'Annals of Internal Medicine' })).toMatchObject({
      'container-title': 'Annals of Internal Medicine',
      'container-title-short': 'Ann Intern Med',
    });
    expect(toCslItem({ id: 'x', title: 'T', journal: 'BMJ', journalFull: null })).not.toHaveProperty('container-title-short');
  });

  test('writes the publisher only where the graph has one, and a note when given', () => {
    expect(toCslItem({ id: 'x', title: 'T', publisher: 'NICE' }, [], 'a note')).toMatchObject({ type: 'report', publisher: 'NICE', note: 'a note' });
    expect(toCslItem({ id: 'x', title: 'T' })).not.toHaveProperty('publisher');
  });

  test('writes a DOI given as a link as the bare DOI', () => {
    expect(toCslItem({ id: 'x', title: 'T', doi: 'https://doi.org/10.1/AB' })).toMatchObject({ DOI: '10.1/AB', URL: 'https://doi.org/10.1/AB' });
  });

  test.each([
    [{ journal: 'BMJ' }, 'article-journal'],
    [{ journal: null }, 'report'],
  ])('type of %j is %s', (s, type) => {
    expect(cslTypeOf(s)).toBe(type);
  });
});

describe('formats, file names and download URLs', () => {
  test.each([
    ['ris', 'RIS'],
    ['csl-json', 'CSL_JSON'],
    ['CSL_JSON', 'CSL_JSON'],
    ['Vancouver', 'VANCOUVER'],
    ['docx', null],
  ])('format parameter %s is %s', (param, format) => {
    expect(formatFromParam(param)).toBe(format);
  });

  test('names files after what they hold: the claim and its stance groups, or the studies', () => {
    expect(fileNameFor('RIS', 'massage-helps', ['Supporting', 'Contradicting'], ['a', 'b'])).toBe('claim-massage-helps-supporting-contradicting.ris');
    expect(fileNameFor('BIBTEX', 'c', ['Qualifying', 'Other studies'], ['a', 'b'])).toBe('claim-c-qualifying-other.bib');
    expect(fileNameFor('APA', null, [null], ['cherkin2011'])).toBe('study-cherkin2011-apa.txt');
    expect(fileNameFor('CSL_JSON', null, [null], ['cherkin2011', 'furlan2015cochrane', 'x'])).toBe('studies-cherkin2011-and-2-more.json');
  });

  test('builds the download URL from the same arguments', () => {
    expect(downloadUrlFor('CSL_JSON', 'claim a', ['x', 'y'])).toBe('/export/citations?claimId=claim+a&ids=x%2Cy&format=csl-json');
  });
});

describe('normalising for duplicates', () => {
  test.each([
    ['https://doi.org/10.7326/M16-2367', '10.7326/m16-2367'],
    ['http://dx.doi.org/10.1/X', '10.1/x'],
    ['doi: 10.1/X', '10.1/x'],
    ['10.1/X', '10.1/x'],
  ])('DOI %s → %s', (doi, normal) => {
    expect(normaliseDoi(doi)).toBe(normal);
  });

  test("keeps the DOI's case when only stripping the prefix", () => {
    expect(bareDoi('https://doi.org/10.1/AbC')).toBe('10.1/AbC');
  });

  test('ignores case, accents and punctuation in titles', () => {
    expect(normaliseTitle('Massage for Low-Back Pain: a Review!')).toBe(normaliseTitle('massage for low back pain — a réview'));
  });
});
