import { describe, expect, test } from 'vitest';
import { chunks } from '../../web/src/api/load-all-pages.js';
import { mergeGraphs } from '../../web/src/api/load-graph.js';
import type { Graph } from '../../web/src/api/types.js';
import { mulberry32 } from '../../web/src/graph/seeded-random.js';
import { contrast, inkOn } from '../../web/src/words/contrast.js';
import { countOf } from '../../web/src/words/count.js';
import { authorYear, claimShortName, familyName, studyLabel } from '../../web/src/words/labels.js';
import { VERDICT_LOOK, VERDICTS, verdictOf, type SummaryFields } from '../../web/src/words/verdict.js';
import { balanceColour, cellColour } from '../../web/src/panels/evidence-map.js';

describe("verdictOf: the page shows the API's verdict, it does not judge", () => {
  test.each([
    ['NO_STUDY_IN_GRAPH', 'not-studied'],
    ['SUPPORTED', 'supported'],
    ['CONTESTED', 'contested'],
    ['CONTRADICTED', 'contradicted'],
    ['INCONCLUSIVE', 'inconclusive'],
    ['INSUFFICIENT', 'insufficient'],
    ['DOCUMENTED', 'documented'],
    ['PARTLY_DOCUMENTED', 'partly-documented'],
    ['NOT_DOCUMENTED', 'not-documented'],
  ] as const)('%s reads %s', (api, page) => {
    expect(verdictOf({ verdict: api } as SummaryFields)).toBe(page);
  });

  test('"not studied" reads as no study in this graph, not as no research existing', () => {
    expect(VERDICT_LOOK['not-studied'].name).toBe('No study in this graph');
  });

  test('every verdict has its own words and its ink on its fill reaches WCAG AA', () => {
    expect(new Set(VERDICTS.map((v) => VERDICT_LOOK[v].name)).size).toBe(VERDICTS.length);
    for (const v of VERDICTS) expect(contrast(VERDICT_LOOK[v].ink, VERDICT_LOOK[v].fill)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('labels', () => {
  test('a study reads as first author, year, design and n', () => {
    expect(studyLabel({ authors: ['Cherkin DC', 'Sherman KJ'], year: 2011, design: 'RCT', sampleSize: 401 })).toBe('Cherkin 2011 · RCT · n=401');
    expect(studyLabel({ firstAuthor: 'Furlan', year: 2015, design: 'SYSTEMATIC_REVIEW', sampleSize: null })).toBe('Furlan 2015 · review');
  });

  test('nothing is invented: no author falls back to the title, no year stays out', () => {
    expect(authorYear({ title: 'Massage for low-back pain in adults', year: null })).toBe('Massage for low-back pain');
  });

  test('family names keep particles; long group authors are cut', () => {
    expect(familyName('van Tulder MW')).toBe('van Tulder');
    expect(familyName('National Institute for Health and Care Excellence')).toBe('National Institute for…');
    expect(familyName('Koninklijk Nederlands Genootschap voor Fysiotherapie (KNGF)')).toBe('Koninklijk Nederlands Genootschap…');
  });

  test('claim short names keep short- and long-term claims apart', () => {
    const long = claimShortName('Massage reduces pain in chronic non-specific low back pain in the long term (six months to one year).');
    const short = claimShortName('Massage reduces pain in chronic non-specific low back pain in the short term (weeks to about six months).');
    expect(long).toBe('Massage reduces pain in chronic low back pain in the long term');
    expect(short).toBe('Massage reduces pain in chronic low back pain in the short term');
    expect(short).not.toBe(long);
    // Too long to show whole: the first words and the last few, so the two still differ.
    expect(claimShortName('Massage reduces pain and disability in chronic non-specific low back pain in the long term.')).toBe(
      'Massage reduces pain and disability in … in the long term',
    );
    expect(claimShortName('Massage reduces pain and disability in chronic non-specific low back pain in the short term.')).toBe(
      'Massage reduces pain and disability in … in the short term',
    );
    expect(claimShortName('Massage lowers the stress hormone cortisol.')).toBe('Massage lowers the stress hormone cortisol');
    expect(claimShortName('a '.repeat(60)).length).toBeLessThanOrEqual(65);
  });
});

describe('contrast', () => {
  test('known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 0);
    expect(contrast('rgb(255, 255, 255)', 'rgb(255, 255, 255)')).toBe(1);
  });

  test('the ink chosen for any balance colour of the map reaches WCAG AA', () => {
    for (let b = -1; b <= 1; b += 0.05) {
      const paper = balanceColour(b);
      expect(contrast(inkOn(paper), paper)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('map cell colour', () => {
  const darkness = (rgb: string) =>
    765 -
    rgb
      .match(/\d+/g)!
      .map(Number)
      .reduce((a, b) => a + b, 0);
  test('deepens with the number of counted studies, not with one study pointing one way', () => {
    expect(darkness(cellColour(1, 1, 19))).toBeLessThan(darkness(cellColour(0.4, 19, 19)));
    expect(darkness(cellColour(-1, 1, 19))).toBeLessThan(darkness(cellColour(-0.4, 19, 19)));
    expect(cellColour(1, 1, 19)).toBe(cellColour(0.3, 1, 19));
  });
  test('mixed evidence is grey, whatever its amount; every cell colour keeps AA contrast for its number', () => {
    expect(cellColour(0.1, 19, 19)).toBe(balanceColour(0));
    for (const b of [-1, 0, 1])
      for (let n = 1; n <= 20; n += 1) expect(contrast(inkOn(cellColour(b, n, 20)), cellColour(b, n, 20))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('asking the API within its caps', () => {
  test('ids go in chunks of at most the cap', () => {
    const ids = Array.from({ length: 45 }, (_, i) => `c${i}`);
    const parts = chunks(ids, 20);
    expect(parts.map((p) => p.length)).toEqual([20, 20, 5]);
    expect(parts.flat()).toEqual(ids);
  });

  test('merged graphs hold each node and edge once and add up what was left out', () => {
    const n = (id: string) => ({
      data: { id, kind: 'CLAIM' as const, label: id, weight: 0, degree: 0, year: null, design: null, sampleSize: null, firstAuthor: null },
      classes: '',
    });
    const e = (id: string) => ({
      data: {
        id,
        source: 'a',
        target: 'b',
        kind: 'ABOUT',
        label: '',
        stance: null,
        weight: 1,
        quote: null,
        discrepancies: [],
        timepoint: null,
        effect: null,
        sourceUrl: null,
      },
      classes: '',
    });
    const g1: Graph = {
      nodes: [n('a'), n('b')],
      edges: [e('x')],
      omittedNodes: 2,
      truncated: true,
      leftOut: [{ nodeId: 'a', count: 3, exact: true, label: '+3 studies', groups: [] }],
    };
    const g2: Graph = {
      nodes: [n('b'), n('c')],
      edges: [e('x'), e('y')],
      omittedNodes: 0,
      truncated: false,
      leftOut: [
        { nodeId: 'a', count: 9, exact: true, label: '+9 studies', groups: [] },
        { nodeId: 'c', count: 1, exact: true, label: '+1 claim', groups: [] },
      ],
    };
    const m = mergeGraphs([g1, g2]);
    expect(m.nodes.map((x) => x.data.id)).toEqual(['a', 'b', 'c']);
    expect(m.edges.map((x) => x.data.id)).toEqual(['x', 'y']);
    expect(m).toMatchObject({ omittedNodes: 2, truncated: true });
    expect(m.leftOut.map((l) => l.label)).toEqual(['+3 studies', '+1 claim']);
  });
});

test('the seeded random sequence repeats for the same seed', () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const seq = Array.from({ length: 5 }, () => a());
  expect(Array.from({ length: 5 }, () => b())).toEqual(seq);
  expect(seq.every((x) => x >= 0 && x < 1)).toBe(true);
  expect(mulberry32(43)()).not.toBe(seq[0]);
});

describe('countOf', () => {
  test('puts the noun in the number the count needs', () => {
    expect(countOf(1, 'node')).toBe('1 node');
    expect(countOf(0, 'node')).toBe('0 nodes');
    expect(countOf(1, 'more node')).toBe('1 more node');
    expect(countOf(2, 'distinct study', 'distinct studies')).toBe('2 distinct studies');
    expect(countOf(5000, 'node')).toBe('5,000 nodes');
  });
});
