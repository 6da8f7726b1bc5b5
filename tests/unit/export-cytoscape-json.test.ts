import { describe, expect, test } from 'vitest';
import { toCytoscapeJson, type ExportGraph } from '../../web/src/export/to-cytoscape-json.js';

type NodeData = {
  id: string;
  kind: string;
  label: string;
  weight: number;
  degree: number;
  year: number | null;
  design: string | null;
  sampleSize: number | null;
};
type EdgeData = {
  id: string;
  source: string;
  target: string;
  kind: string;
  label: string;
  stance: string | null;
  weight: number;
  quote: string | null;
  timepoint: string | null;
  effect?: string | null;
  sourceUrl?: string | null;
};

const view: ExportGraph<NodeData, EdgeData> = {
  nodes: [
    {
      data: { id: 'cherkin2011', kind: 'STUDY', label: 'Cherkin 2011', weight: 3, degree: 5, year: 2011, design: 'RCT', sampleSize: 401 },
      classes: 'study rct',
      position: { x: 1, y: 2 },
    },
    {
      data: { id: 'claim-a', kind: 'CLAIM', label: 'Massage reduces pain', weight: 0.5, degree: 2, year: null, design: null, sampleSize: null },
      classes: ['claim', 'contested'],
    },
  ],
  edges: [
    {
      data: {
        id: 'e1',
        source: 'cherkin2011',
        target: 'claim-a',
        kind: 'SUPPORTS',
        label: 'supports',
        stance: 'SUPPORTS',
        weight: 1,
        quote: 'q "quoted"',
        timepoint: null,
      },
      classes: 'evidence',
    },
  ],
};

describe('toCytoscapeJson', () => {
  test('writes the Cytoscape Desktop document with nodes, edges, names and interactions', () => {
    const doc = JSON.parse(toCytoscapeJson(view, { name: 'My view' }));
    expect(doc).toEqual({
      format_version: '1.0',
      generated_by: 'evigraph',
      target_cytoscapejs_version: '~3.0',
      directed: true,
      multigraph: true,
      data: { name: 'My view', shared_name: 'My view', selected: true },
      elements: {
        nodes: [
          {
            data: {
              name: 'Cherkin 2011',
              shared_name: 'Cherkin 2011',
              value: 'cherkin2011',
              color: '#bfdbfe',
              shape: 'ellipse',
              id: 'cherkin2011',
              kind: 'STUDY',
              label: 'Cherkin 2011',
              weight: 3,
              degree: 5,
              year: 2011,
              design: 'RCT',
              sampleSize: 401,
            },
            position: { x: 1, y: 2 },
            classes: 'study rct',
          },
          {
            data: {
              name: 'Massage reduces pain',
              shared_name: 'Massage reduces pain',
              value: 'claim-a',
              color: '#ffffff',
              shape: 'round-rectangle',
              id: 'claim-a',
              kind: 'CLAIM',
              label: 'Massage reduces pain',
              weight: 0.5,
              degree: 2,
            },
            classes: 'claim contested',
          },
        ],
        edges: [
          {
            data: {
              name: 'supports',
              shared_name: 'supports',
              interaction: 'SUPPORTS',
              shared_interaction: 'SUPPORTS',
              key: 'e1',
              edgeClass: 'supports',
              color: '#1b7837',
              lineStyle: 'solid',
              id: 'e1',
              source: 'cherkin2011',
              target: 'claim-a',
              kind: 'SUPPORTS',
              label: 'supports',
              stance: 'SUPPORTS',
              weight: 1,
              quote: 'q "quoted"',
            },
            classes: 'evidence',
          },
        ],
      },
    });
  });

  test('writes float columns with a decimal point so Cytoscape Desktop types them Double', () => {
    const text = toCytoscapeJson(view);
    expect(text).toContain('"weight": 3.0');
    expect(text).toContain('"weight": 0.5');
    expect(text).toContain('"degree": 5,');
  });

  test('keeps parallel edges apart by their own key', () => {
    const twice = {
      ...view,
      edges: [view.edges[0]!, { ...view.edges[0]!, data: { ...view.edges[0]!.data, id: 'e2', stance: 'CONTRADICTS', kind: 'CONTRADICTS' } }],
    };
    const edges = JSON.parse(toCytoscapeJson(twice)).elements.edges.map((e: { data: Record<string, string> }) => [
      e.data.key,
      e.data.edgeClass,
      e.data.lineStyle,
    ]);
    expect(edges).toEqual([
      ['e1', 'supports', 'solid'],
      ['e2', 'contradicts', 'dashed'],
    ]);
  });

  test('writes an empty view as empty node and edge lists', () => {
    expect(JSON.parse(toCytoscapeJson({ nodes: [], edges: [] })).elements).toEqual({ nodes: [], edges: [] });
  });
});
