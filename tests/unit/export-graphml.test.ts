import { describe, expect, test } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { escapeXml, toGraphml } from '../../web/src/export/to-graphml.js';
import type { ExportGraph } from '../../web/src/export/to-cytoscape-json.js';

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
      data: {
        id: 'cherkin2011',
        kind: 'STUDY',
        label: 'Cherkin 2011 <RCT> & "usual" care\'s',
        weight: 3,
        degree: 5,
        year: 2011,
        design: 'RCT',
        sampleSize: 401,
      },
      classes: 'study rct',
      position: { x: 10.5, y: -20 },
    },
    {
      data: { id: 'claim-massage-pain', kind: 'CLAIM', label: 'Massage reduces pain', weight: 1.5, degree: 2, year: null, design: null, sampleSize: null },
      classes: 'claim',
    },
  ],
  edges: [
    {
      data: {
        id: 'cherkin2011.f0.claim-massage-pain',
        source: 'cherkin2011',
        target: 'claim-massage-pain',
        kind: 'SUPPORTS',
        label: 'supports',
        stance: 'SUPPORTS',
        weight: 1,
        quote: 'a < b\u0001 & c',
        timepoint: null,
        effect: null,
        sourceUrl: 'https://x.org/?a=1&b=2',
      },
      classes: 'evidence supports',
    },
  ],
};

type Parsed = {
  graphml: {
    key: { '@_id': string; '@_for': string; '@_attr.name': string; '@_attr.type': string }[];
    graph: {
      '@_edgedefault': string;
      node: { '@_id': string; data: { '@_key': string; '#text': string }[] }[];
      edge: { '@_id': string; '@_source': string; '@_target': string; data: { '@_key': string; '#text': string }[] }[];
    };
  };
};

function parse(xml: string) {
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name) });
  const doc = (parser.parse(xml) as Parsed).graphml;
  const keyById = new Map(doc.key.map((k) => [k['@_id'], k]));
  const attrs = (data: { '@_key': string; '#text': string }[]) => Object.fromEntries(data.map((d) => [keyById.get(d['@_key'])!['@_attr.name'], d['#text']]));
  return { doc, keyById, attrs };
}

describe('toGraphml', () => {
  test('writes well-formed XML that parses back to the same nodes, edges and attribute values', () => {
    const xml = toGraphml(view);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { doc, attrs } = parse(xml);
    expect(doc.graph['@_edgedefault']).toBe('directed');
    expect(doc.graph.node.map((n) => n['@_id'])).toEqual(['cherkin2011', 'claim-massage-pain']);
    expect(attrs(doc.graph.node[0]!.data)).toEqual({
      kind: 'STUDY',
      label: 'Cherkin 2011 <RCT> & "usual" care\'s',
      weight: '3',
      degree: '5',
      year: '2011',
      design: 'RCT',
      sampleSize: '401',
      classes: 'study rct',
      x: '10.5',
      y: '-20',
      color: '#bfdbfe',
      r: '191',
      g: '219',
      b: '254',
      shape: 'ellipse',
    });
    const edge = doc.graph.edge[0]!;
    expect([edge['@_source'], edge['@_target']]).toEqual(['cherkin2011', 'claim-massage-pain']);
    expect(attrs(edge.data)).toMatchObject({ kind: 'SUPPORTS', stance: 'SUPPORTS', quote: 'a < b & c', sourceUrl: 'https://x.org/?a=1&b=2' });
    expect(attrs(edge.data)).toMatchObject({ edgeClass: 'supports', color: '#1b7837', r: '27', g: '120', b: '55', lineStyle: 'solid', lineWidth: '4' });
  });

  test('declares one typed key per attribute and leaves empty values out', () => {
    const { doc, attrs } = parse(toGraphml(view));
    const declared = doc.key.map((k) => `${k['@_for']}:${k['@_attr.name']}:${k['@_attr.type']}`);
    expect(declared).toEqual([
      'node:kind:string',
      'node:label:string',
      'node:weight:double',
      'node:degree:int',
      'node:year:int',
      'node:design:string',
      'node:sampleSize:int',
      'node:classes:string',
      'node:x:double',
      'node:y:double',
      'node:color:string',
      'node:r:int',
      'node:g:int',
      'node:b:int',
      'node:shape:string',
      'edge:kind:string',
      'edge:label:string',
      'edge:stance:string',
      'edge:weight:double',
      'edge:quote:string',
      'edge:sourceUrl:string',
      'edge:classes:string',
      'edge:edgeClass:string',
      'edge:color:string',
      'edge:r:int',
      'edge:g:int',
      'edge:b:int',
      'edge:lineStyle:string',
      'edge:lineWidth:int',
    ]);
    expect(Object.keys(attrs(doc.graph.node[1]!.data))).not.toContain('year');
  });

  test('writes an empty view as a graph with no nodes', () => {
    const xml = toGraphml({ nodes: [], edges: [] }, { name: 'empty & view' });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<graph id="empty &amp; view" edgedefault="directed">');
  });

  test.each([
    ['a & b', 'a &amp; b'],
    ['<x y="1">', '&lt;x y=&quot;1&quot;&gt;'],
    ["it's", 'it&apos;s'],
    ['bell\u0007', 'bell'],
    ['\uD83D\uDE00 ok', '\uD83D\uDE00 ok'],
  ])('escapeXml(%j) is %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});
