import { describe, expect, test } from 'vitest';
import * as A from '../../web/src/state/actions.js';
import { toGraphFilter } from '../../web/src/state/to-graph-filter.js';
import { DEFAULT_FILTERS, INITIAL_VIEW } from '../../web/src/state/view-state.js';
import { createStore } from '../../web/src/state/store.js';

describe('view actions', () => {
  test('focusNode draws the picked node alone, selects it and switches to the explorer', () => {
    const before = { ...INITIAL_VIEW, view: 'map' as const, expanded: ['x'], path: ['a', 'b'] as [string, string] };
    expect(A.focusNode(before, 'c1')).toMatchObject({ view: 'explorer', focus: ['c1'], expanded: [], selected: { type: 'node', id: 'c1' }, path: null });
  });

  test('expandNode adds a node once and leaves focus nodes alone', () => {
    const s = A.expandNode({ ...INITIAL_VIEW, focus: ['a'] }, 'b');
    expect(s.expanded).toEqual(['b']);
    expect(A.expandNode(s, 'b')).toBe(s);
    expect(A.expandNode(s, 'a')).toBe(s);
  });

  test('paths need two different ends: mark one, then show to another', () => {
    const marked = A.markPathFrom(INITIAL_VIEW, 'a');
    expect(A.showPaths(marked, 'a')).toBe(marked);
    expect(A.showPaths(marked, 'b')).toMatchObject({ path: ['a', 'b'], pathFrom: null });
    expect(A.showPaths(INITIAL_VIEW, 'b')).toBe(INITIAL_VIEW);
  });

  test('openCell focuses the cell claims without duplicates and clears the selection', () => {
    const s = A.openCell({ ...INITIAL_VIEW, view: 'map', selected: { type: 'node', id: 'z' } }, ['c1', 'c2', 'c1']);
    expect(s).toMatchObject({ view: 'explorer', focus: ['c1', 'c2'], selected: null });
  });

  test("loadMore raises the limit up to the server's node cap", () => {
    expect(A.loadMore(INITIAL_VIEW, 500).limit).toBe(300);
    expect(A.loadMore({ ...INITIAL_VIEW, limit: 450 }, 500).limit).toBe(500);
    expect(A.loadMore({ ...INITIAL_VIEW, limit: 500 }, 500).limit).toBe(500);
  });

  test("expandNode stops at the server's start-id cap", () => {
    const two = { ...INITIAL_VIEW, focus: ['a'], expanded: ['b'] };
    expect(A.expandNode(two, 'c', 2)).toBe(two);
    expect(A.expandNode(two, 'c', 3).expanded).toEqual(['b', 'c']);
  });
});

describe('toGraphFilter', () => {
  test('default filters send no filter at all', () => {
    expect(toGraphFilter(DEFAULT_FILTERS)).toEqual({});
  });

  test('narrowed sets and set numbers are sent; a blank timepoint is not', () => {
    const f = { ...DEFAULT_FILTERS, stances: ['CONTRADICTS' as const], designs: [], minSampleSize: 100, timepoint: '  ' };
    expect(toGraphFilter(f)).toEqual({ stances: ['CONTRADICTS'], designs: [], minSampleSize: 100 });
  });
});

describe('createStore', () => {
  test('tells listeners of a change, not of an unchanged state', () => {
    const store = createStore({ n: 1 });
    const seen: number[] = [];
    store.subscribe((s) => seen.push(s.n));
    store.update((s) => s);
    store.update((s) => ({ n: s.n + 1 }));
    expect(seen).toEqual([2]);
  });
});
