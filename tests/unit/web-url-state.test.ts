import { describe, expect, test } from 'vitest';
import { fromQuery, toQuery } from '../../web/src/state/url-state.js';
import { INITIAL_VIEW, type ViewState } from '../../web/src/state/view-state.js';

const busy: ViewState = {
  ...INITIAL_VIEW,
  view: 'explorer',
  question: 'acupuncture-low-back-pain',
  focus: ['massage-reduces-pain', 'swedish-massage'],
  expanded: ['cherkin-2011'],
  selected: { type: 'edge', id: 'cherkin-2011.f0.massage-reduces-pain' },
  pathFrom: 'swedish-massage',
  path: ['swedish-massage', 'chronic-lbp'],
  claimId: 'massage-reduces-pain',
  mapColumns: 'OUTCOME',
  limit: 300,
  more: [
    { id: 'massage', fanOut: 20 },
    { id: 'weird:id', fanOut: 40 },
  ],
  cell: ['swedish-massage', 'chronic-lbp'],
  filters: {
    ...INITIAL_VIEW.filters,
    stances: ['CONTRADICTS'],
    kinds: [],
    designs: ['RCT', 'COHORT'],
    yearFrom: 2000,
    yearTo: 2020,
    minSampleSize: 50,
    timepoint: '52 weeks',
  },
};

// The node cap the server reports in serverInfo.maxGraphNodes.
const MAX_NODES = 500;

describe('toQuery / fromQuery', () => {
  test('the initial view is the empty query', () => {
    expect(toQuery(INITIAL_VIEW)).toBe('');
    expect(fromQuery('', MAX_NODES)).toEqual(INITIAL_VIEW);
  });

  test('a busy view survives the round trip through the URL', () => {
    expect(fromQuery(toQuery(busy), MAX_NODES)).toEqual(busy);
  });

  test('writes only what differs from the defaults', () => {
    const q = new URLSearchParams(toQuery({ ...INITIAL_VIEW, view: 'explorer', focus: ['a'], selected: { type: 'node', id: 'a' } }));
    expect([...q.entries()]).toEqual([
      ['focus', 'a'],
      ['sel', 'n:a'],
    ]);
  });

  test('an emptied set is written as "-" and read back as empty, not as all', () => {
    const view = { ...INITIAL_VIEW, filters: { ...INITIAL_VIEW.filters, stances: [] } };
    expect(toQuery(view)).toBe('?stances=-');
    expect(fromQuery('?stances=-', MAX_NODES).filters.stances).toEqual([]);
  });

  test.each([
    ['?view=nonsense', 'view', 'overview'],
    ['?limit=-5', 'limit', 150],
    ['?limit=999999', 'limit', 500],
    ['?cell=a', 'cell', null],
    ['?cols=STUDY', 'mapColumns', 'CONDITION'],
    ['?path=a', 'path', null],
    ['?sel=x', 'selected', null],
  ] as const)('malformed %s falls back for %s', (query, key, expected) => {
    expect(fromQuery(query, MAX_NODES)[key]).toEqual(expected);
  });

  test('the overview is the landing page; links shared before it existed keep their view', () => {
    expect(fromQuery('', MAX_NODES).view).toBe('overview');
    expect(fromQuery('?focus=massage-reduces-pain', MAX_NODES).view).toBe('explorer');
    expect(fromQuery('?view=claim&claim=massage-reduces-pain', MAX_NODES)).toMatchObject({ view: 'claim', claimId: 'massage-reduces-pain' });
    expect(fromQuery('?view=map', MAX_NODES).view).toBe('map');
    expect(toQuery({ ...INITIAL_VIEW, view: 'explorer', focus: ['a'] })).toBe('?focus=a');
    expect(toQuery({ ...INITIAL_VIEW, view: 'explorer' })).toBe('?view=explorer');
    expect(fromQuery(toQuery({ ...INITIAL_VIEW, view: 'overview', focus: ['a'] }), MAX_NODES).view).toBe('overview');
  });

  test('the question travels as question=<id>; a URL without it names none', () => {
    expect(toQuery({ ...INITIAL_VIEW, question: 'q-2' })).toBe('?question=q-2');
    expect(fromQuery('?question=q-2&view=map', MAX_NODES)).toMatchObject({ question: 'q-2', view: 'map' });
    expect(fromQuery('?view=map', MAX_NODES).question).toBeNull();
    expect(fromQuery('?question=', MAX_NODES).question).toBeNull();
  });

  test('unknown enum values in a filter list are dropped', () => {
    expect(fromQuery('?stances=SUPPORTS,LOVES&yearFrom=19x9', MAX_NODES).filters).toMatchObject({ stances: ['SUPPORTS'], yearFrom: null });
  });
});
