import { describe, expect, test } from 'vitest';
import type { Graph, GraphEdgeData, GraphNodeData } from '../../web/src/api/types.js';
import { edgeClass, nodeSize, toElements } from '../../web/src/graph/to-elements.js';
import { DEFAULT_FILTERS } from '../../web/src/state/view-state.js';

const node = (id: string, kind: GraphNodeData['kind'], weight = 0): Graph['nodes'][number] => ({
  data: { id, kind, label: id, weight, degree: 1, year: null, design: null, sampleSize: null, firstAuthor: null },
  classes: '',
});
const edge = (id: string, source: string, target: string, kind: string, stance: GraphEdgeData['stance'] = null): Graph['edges'][number] => ({
  data: {
    id,
    source,
    target,
    kind,
    label: kind,
    stance,
    weight: 1,
    quote: null,
    discrepancies: kind === 'CITES' ? ['doi: printed "x", verified "y"'] : [],
    timepoint: null,
    effect: null,
    sourceUrl: null,
  },
  classes: '',
});

const graph: Graph = {
  nodes: [node('s1', 'STUDY', 1), node('s2', 'STUDY', 1), node('c', 'CLAIM', 2), node('src', 'SOURCE'), node('t', 'TECHNIQUE')],
  edges: [
    edge('e1', 's1', 'c', 'SUPPORTS', 'SUPPORTS'),
    edge('e2', 's2', 'c', 'CONTRADICTS', 'CONTRADICTS'),
    edge('e3', 'src', 'c', 'ASSERTS'),
    edge('e4', 'c', 't', 'ABOUT'),
  ],
  omittedNodes: 0,
  truncated: false,
  leftOut: [],
};
const ids = (els: ReturnType<typeof toElements>) => els.map((e) => e.data.id);

describe('toElements', () => {
  test('draws every node and edge with the class that picks its look', () => {
    const els = toElements({ graph, paths: null, filters: DEFAULT_FILTERS, anchors: ['c'] });
    expect(els.map((e) => [e.data.id, e.classes])).toEqual([
      ['s1', 'study'],
      ['s2', 'study'],
      ['c', 'claim anchor'],
      ['src', 'source'],
      ['t', 'technique'],
      ['e1', 'supports'],
      ['e2', 'contradicts'],
      ['e3', 'asserts'],
      ['e4', 'link'],
    ]);
  });

  test('a stance filter removes the edges of that stance', () => {
    const els = toElements({ graph, paths: null, filters: { ...DEFAULT_FILTERS, stances: ['SUPPORTS'] }, anchors: [] });
    expect(ids(els)).not.toContain('e2');
    expect(ids(els)).toContain('e1');
  });

  test('a kind filter removes those nodes and leaves no edge dangling', () => {
    const els = toElements({ graph, paths: null, filters: { ...DEFAULT_FILTERS, kinds: ['CLAIM', 'TECHNIQUE'] }, anchors: [] });
    expect(ids(els)).toEqual(['c', 't', 'e4']);
  });

  test('path elements merge in once and are marked', () => {
    const paths: Graph = {
      nodes: [node('c', 'CLAIM', 2), node('x', 'OUTCOME')],
      edges: [edge('p1', 'c', 'x', 'ON')],
      omittedNodes: 0,
      truncated: false,
      leftOut: [],
    };
    const els = toElements({ graph, paths, filters: DEFAULT_FILTERS, anchors: [] });
    expect(ids(els).filter((i) => i === 'c')).toHaveLength(1);
    expect(els.find((e) => e.data.id === 'p1')?.classes).toBe('link on-path');
    expect(els.find((e) => e.data.id === 'x')?.classes).toBe('outcome on-path');
  });

  test('size grows with evidence weight and is capped', () => {
    expect(nodeSize(0)).toBeLessThan(nodeSize(4));
    expect(nodeSize(10_000)).toBe(80);
  });

  test('edge class comes from the stance, else the relationship type', () => {
    expect(edgeClass(edge('a', 'x', 'y', 'QUALIFIES', 'QUALIFIES').data)).toBe('qualifies');
    expect(edgeClass(edge('a', 'x', 'y', 'CONTRAINDICATED_IN').data)).toBe('contraindicated');
    expect(edgeClass(edge('a', 'x', 'y', 'CITES').data)).toBe('miscited');
    expect(edgeClass({ ...edge('a', 'x', 'y', 'CITES').data, discrepancies: [] })).toBe('link');
    expect(edgeClass(edge('a', 'x', 'y', 'COMPARED_WITH').data)).toBe('compared');
    expect(edgeClass(edge('a', 'x', 'y', 'REPUBLISHES').data)).toBe('study-relation');
    expect(edgeClass(edge('a', 'x', 'y', 'INCLUDES').data)).toBe('study-relation');
    expect(edgeClass(edge('a', 'x', 'y', 'ABOUT').data)).toBe('link');
  });
});
