import { EDGE_LOOK, NODE_LOOK, type EdgeClass } from '../graph/graph-style.js';
import { escapeXml } from './to-graphml.js';

const STYLE_NAME = 'evigraph';
const edgeLooks = () => Object.entries(EDGE_LOOK) as [EdgeClass, (typeof EDGE_LOOK)[EdgeClass]][];

/**
 * The page's look as a Cytoscape.js style document (`styles.json`: File → Import → Styles from File in
 * Cytoscape Desktop; also `cy.style(json[0].style)` in Cytoscape.js). It selects on the data the `.cyjs`
 * export writes (`kind`, `edgeClass`), not on classes, because Desktop keeps data columns only.
 */
export function toCytoscapeStyleJson(): string {
  const style = [
    { selector: 'node', css: { label: 'data(name)', 'font-size': 10, 'text-valign': 'bottom', 'text-wrap': 'wrap', 'text-max-width': 200, 'border-color': '#374151', 'border-width': 1 } },
    ...Object.entries(NODE_LOOK).map(([kind, look]) => ({ selector: `node[kind = '${kind}']`, css: { 'background-color': look.colour, shape: look.shape } })),
    { selector: 'edge', css: { 'curve-style': 'bezier', opacity: 0.9 } },
    ...edgeLooks().map(([cls, look]) => ({
      selector: `edge[edgeClass = '${cls}']`,
      css: {
        'line-color': look.colour,
        'target-arrow-color': look.colour,
        'target-arrow-shape': look.arrow,
        'line-style': look.line,
        ...(look.dash ? { 'line-dash-pattern': look.dash } : {}),
        width: look.width,
      },
    })),
  ];
  const doc = [{ format_version: '1.0', generated_by: 'evigraph', target_cytoscapejs_version: '~3.0', title: STYLE_NAME, style }];
  return `${JSON.stringify(doc, null, 2)}\n`;
}

// Cytoscape Desktop's names for the page's shapes, line styles and arrows.
const DESKTOP_SHAPE: Record<string, string> = {
  'round-rectangle': 'ROUND_RECTANGLE',
  ellipse: 'ELLIPSE',
  tag: 'PARALLELOGRAM',
  hexagon: 'HEXAGON',
  diamond: 'DIAMOND',
  rectangle: 'RECTANGLE',
  barrel: 'ROUND_RECTANGLE',
};
const DESKTOP_LINE: Record<string, string> = { solid: 'SOLID', dashed: 'EQUAL_DASH', dotted: 'DOT' };
const DESKTOP_ARROW: Record<string, string> = { triangle: 'DELTA', tee: 'T', diamond: 'DIAMOND', vee: 'ARROW', square: 'SQUARE', 'triangle-cross': 'CROSS_DELTA', none: 'NONE' };

function discrete(property: string, fallback: string, column: string, entries: [string, string][]): string[] {
  return [
    `      <visualProperty name="${property}" default="${escapeXml(fallback)}">`,
    `        <discreteMapping attributeType="string" attributeName="${column}">`,
    ...entries.map(([key, value]) => `          <discreteMappingEntry attributeValue="${escapeXml(key)}" value="${escapeXml(value)}"/>`),
    '        </discreteMapping>',
    '      </visualProperty>',
  ];
}

/**
 * The same look as a Cytoscape Desktop VizMap (`.xml`: File → Import → Styles from File): node colour and shape
 * mapped from `kind`, edge colour, line type, width and arrow mapped from `edgeClass`, labels from `name`.
 */
export function toCytoscapeStyleXml(): string {
  const nodes = Object.entries(NODE_LOOK);
  const edges = edgeLooks();
  const upper = (hex: string) => hex.toUpperCase();
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<vizmap documentVersion="3.0" id="evigraph">',
    `  <visualStyle name="${STYLE_NAME}">`,
    '    <network>',
    '      <visualProperty name="NETWORK_BACKGROUND_PAINT" default="#FFFFFF"/>',
    '    </network>',
    '    <node>',
    '      <dependency name="nodeSizeLocked" value="true"/>',
    '      <visualProperty name="NODE_LABEL" default="">',
    '        <passthroughMapping attributeType="string" attributeName="name"/>',
    '      </visualProperty>',
    '      <visualProperty name="NODE_LABEL_WIDTH" default="200.0"/>',
    '      <visualProperty name="NODE_BORDER_PAINT" default="#374151"/>',
    ...discrete('NODE_FILL_COLOR', '#E5E7EB', 'kind', nodes.map(([kind, look]) => [kind, upper(look.colour)])),
    ...discrete('NODE_SHAPE', 'ELLIPSE', 'kind', nodes.map(([kind, look]) => [kind, DESKTOP_SHAPE[look.shape] ?? 'ELLIPSE'])),
    '    </node>',
    '    <edge>',
    '      <dependency name="arrowColorMatchesEdge" value="true"/>',
    ...discrete('EDGE_STROKE_UNSELECTED_PAINT', upper(EDGE_LOOK.link.colour), 'edgeClass', edges.map(([cls, look]) => [cls, upper(look.colour)])),
    ...discrete('EDGE_UNSELECTED_PAINT', upper(EDGE_LOOK.link.colour), 'edgeClass', edges.map(([cls, look]) => [cls, upper(look.colour)])),
    ...discrete('EDGE_LINE_TYPE', 'SOLID', 'edgeClass', edges.map(([cls, look]) => [cls, DESKTOP_LINE[look.line]!])),
    ...discrete('EDGE_WIDTH', '1.0', 'edgeClass', edges.map(([cls, look]) => [cls, look.width.toFixed(1)])),
    ...discrete('EDGE_TARGET_ARROW_SHAPE', 'NONE', 'edgeClass', edges.map(([cls, look]) => [cls, DESKTOP_ARROW[look.arrow] ?? 'DELTA'])),
    '    </edge>',
    '  </visualStyle>',
    '</vizmap>',
    '',
  ].join('\n');
}
