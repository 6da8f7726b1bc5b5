import cytoscape from 'cytoscape';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import type { ExportGraph } from '../../web/src/export/export-graph.js';
import { toCytoscapeStyleJson, toCytoscapeStyleXml } from '../../web/src/export/cytoscape-style.js';
import { toCytoscapeJson } from '../../web/src/export/to-cytoscape-json.js';
import { EDGE_LOOK, NODE_LOOK } from '../../web/src/graph/graph-style.js';

type Data = { id: string; [k: string]: unknown };
const view: ExportGraph<Data, Data & { source: string; target: string }> = {
  nodes: [
    { data: { id: 's', kind: 'STUDY', label: 'Cherkin 2011: a long label that the page cuts' } },
    { data: { id: 'c', kind: 'CLAIM', label: 'Claim' } },
    { data: { id: 'a', kind: 'SOURCE', label: 'Article' } },
  ],
  edges: [
    { data: { id: 'e1', source: 's', target: 'c', kind: 'SUPPORTS', stance: 'SUPPORTS' } },
    { data: { id: 'e2', source: 's', target: 'c', kind: 'CONTRADICTS', stance: 'CONTRADICTS' } },
    { data: { id: 'e3', source: 's', target: 'c', kind: 'QUALIFIES', stance: 'QUALIFIES' } },
    { data: { id: 'e4', source: 'a', target: 'c', kind: 'ASSERTS', stance: null } },
    { data: { id: 'e5', source: 'a', target: 's', kind: 'CITES', stance: null, discrepancies: ['year'] } },
  ],
};

const rgb = (hex: string) => `rgb(${parseInt(hex.slice(1, 3), 16)},${parseInt(hex.slice(3, 5), 16)},${parseInt(hex.slice(5, 7), 16)})`;

describe('Cytoscape style file (styles.json)', () => {
  test("drawn by Cytoscape.js on the .cyjs export, every edge and node gets the page's colour and line style", () => {
    const [style] = JSON.parse(toCytoscapeStyleJson());
    const doc = JSON.parse(toCytoscapeJson(view));
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: doc.elements, style: style.style });
    const expected = { e1: EDGE_LOOK.supports, e2: EDGE_LOOK.contradicts, e3: EDGE_LOOK.qualifies, e4: EDGE_LOOK.asserts, e5: EDGE_LOOK.miscited };
    for (const [id, look] of Object.entries(expected)) {
      const edge = cy.getElementById(id);
      expect({ id, colour: edge.style('line-color'), line: edge.style('line-style') }).toEqual({ id, colour: rgb(look.colour), line: look.line });
    }
    expect(cy.getElementById('c').style('background-color')).toBe(rgb(NODE_LOOK.CLAIM.colour));
    expect(cy.getElementById('s').style('label')).toBe('Cherkin 2011: a long label that the page cuts');
    cy.destroy();
  });
});

describe('Cytoscape Desktop VizMap (.xml)', () => {
  test('is well-formed and maps every node kind and edge class to its colour and line type', () => {
    const xml = toCytoscapeStyleXml();
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => ['visualProperty', 'discreteMappingEntry'].includes(n) }).parse(xml);
    const props = [...doc.vizmap.visualStyle.node.visualProperty, ...doc.vizmap.visualStyle.edge.visualProperty];
    const mapping = (name: string) =>
      Object.fromEntries(
        props.find((p: any) => p['@_name'] === name).discreteMapping.discreteMappingEntry.map((e: any) => [e['@_attributeValue'], e['@_value']]),
      );
    expect(mapping('NODE_FILL_COLOR')).toEqual(Object.fromEntries(Object.entries(NODE_LOOK).map(([k, l]) => [k, l.colour.toUpperCase()])));
    expect(mapping('EDGE_STROKE_UNSELECTED_PAINT')).toEqual(Object.fromEntries(Object.entries(EDGE_LOOK).map(([k, l]) => [k, l.colour.toUpperCase()])));
    expect(mapping('EDGE_LINE_TYPE')).toMatchObject({ supports: 'SOLID', contradicts: 'EQUAL_DASH', qualifies: 'DOT' });
  });
});
