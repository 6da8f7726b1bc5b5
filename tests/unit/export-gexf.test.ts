import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import type { ExportGraph } from '../../web/src/export/export-graph.js';
import { toGexf } from '../../web/src/export/to-gexf.js';

type Data = { id: string; [k: string]: unknown };
const view: ExportGraph<Data, Data & { source: string; target: string }> = {
  nodes: [
    { data: { id: 's', kind: 'STUDY', label: 'Cherkin & co 2011', size: 30, year: 2011, design: null }, position: { x: 1, y: 2 } },
    { data: { id: 'c', kind: 'CLAIM', label: 'Claim' } },
  ],
  edges: [
    { data: { id: 'e1', source: 's', target: 'c', kind: 'SUPPORTS', stance: 'SUPPORTS', weight: 1.5, label: 'supports', discrepancies: [] } },
    { data: { id: 'e2', source: 's', target: 'c', kind: 'CONTRADICTS', stance: 'CONTRADICTS', weight: 1, label: 'contradicts' } },
  ],
};

describe('toGexf', () => {
  test("writes GEXF 1.3 with both parallel edges, their kind, and the page's colours, sizes and line styles as viz fields", () => {
    const xml = toGexf(view, { name: 'claim view' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => ['node', 'edge', 'attvalue'].includes(n) }).parse(xml).gexf;
    expect(doc['@_version']).toBe('1.3');
    expect(doc.graph['@_defaultedgetype']).toBe('directed');
    expect(doc.graph.nodes.node.map((n: any) => [n['@_id'], n['@_label'], n['viz:color']['@_r'], n['viz:size']?.['@_value']])).toEqual([
      ['s', 'Cherkin & co 2011', '191', '30'],
      ['c', 'Claim', '255', undefined], // a claim with no verdict yet is white; a verdict fills it
    ]);
    expect(
      doc.graph.edges.edge.map((e: any) => [e['@_id'], e['@_kind'], e['viz:color']['@_r'], e['viz:shape']['@_value'], e['viz:thickness']['@_value']]),
    ).toEqual([
      ['e1', 'SUPPORTS', '27', 'solid', '4'],
      ['e2', 'CONTRADICTS', '178', 'dashed', '4'],
    ]);
    expect(doc.graph.nodes.node[0].attvalues.attvalue.map((a: any) => a['@_for'])).not.toContain('design');
  });
});
