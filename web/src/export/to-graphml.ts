import { classesOf, FLOAT_FIELDS, presentData, type EdgeData, type ExportElement, type ExportGraph, type ExportOptions } from './export-graph.js';
import { edgeVisual, nodeVisual } from './visual-attributes.js';

type GraphmlType = 'boolean' | 'int' | 'double' | 'string';

interface Key {
  id: string;
  name: string;
  type: GraphmlType;
}

// Characters XML 1.0 forbids even when escaped; they are dropped, not encoded.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const INT_FIELDS: ReadonlySet<string> = new Set(['degree', 'year', 'sampleSize', 'finding', 'r', 'g', 'b']);
// Written as attributes of <node>/<edge>, not as <data>.
const STRUCTURAL: ReadonlySet<string> = new Set(['id', 'source', 'target']);

type Row = [string, string | number | boolean][];

/**
 * How the page draws the element, as attributes Gephi reads directly (`color`, `r`/`g`/`b`) and that yEd's
 * properties mapper and Cytoscape's style can map (`shape`, `edgeClass`, `lineStyle`, `width`).
 */
function visualRow(e: ExportElement, domain: 'node' | 'edge'): Row {
  if (domain === 'node') {
    const v = nodeVisual(e);
    return [['color', v.color], ['r', v.r], ['g', v.g], ['b', v.b], ['shape', v.shape]];
  }
  const v = edgeVisual(e);
  return [['edgeClass', v.edgeClass], ['color', v.color], ['r', v.r], ['g', v.g], ['b', v.b], ['lineStyle', v.lineStyle], ['lineWidth', v.width]];
}

/** One element's attributes as GraphML will write them: lists joined with "; ", classes, look and position included. */
function attributesOf(e: ExportElement, domain: 'node' | 'edge'): Row {
  const out: Row = [];
  for (const [k, v] of presentData(e.data)) {
    if (STRUCTURAL.has(k)) continue;
    if (Array.isArray(v)) out.push([k, v.map(String).join('; ')]);
    else if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) out.push([k, v]);
  }
  const classes = classesOf(e);
  if (classes) out.push(['classes', classes]);
  if (e.position) out.push(['x', e.position.x], ['y', e.position.y]);
  return [...out, ...visualRow(e, domain)];
}

function typeOf(name: string, values: (string | number | boolean)[]): GraphmlType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (!values.every((v) => typeof v === 'number')) return 'string';
  if (FLOAT_FIELDS.has(name) || name === 'x' || name === 'y') return 'double';
  if (INT_FIELDS.has(name) || (values as number[]).every(Number.isInteger)) return 'int';
  return 'double';
}

/** One <key> per attribute name seen on nodes (or edges), typed from the values, in first-seen order. */
function keysFor(prefix: 'n' | 'e', rows: Row[]): Map<string, Key> {
  const values = new Map<string, (string | number | boolean)[]>();
  for (const row of rows) for (const [k, v] of row) values.set(k, [...(values.get(k) ?? []), v]);
  return new Map([...values].map(([name, vs], i) => [name, { id: `${prefix}${i}`, name, type: typeOf(name, vs) }]));
}

function dataLines(row: Row, keys: Map<string, Key>): string[] {
  return row.map(([k, v]) => `      <data key="${keys.get(k)!.id}">${escapeXml(String(v))}</data>`);
}

/**
 * The current view as GraphML that Gephi (and yEd, NetworkX, Cytoscape Desktop) open: a directed graph,
 * a typed <key> for every attribute, `label` as Gephi's label column, edge `weight` as its weight, each
 * element's colour and line style as the page draws it, and every edge (parallel ones too) with its own id.
 */
export function toGraphml<N extends { id: string }, E extends EdgeData>(graph: ExportGraph<N, E>, options: ExportOptions = {}): string {
  const nodeRows = graph.nodes.map((n) => attributesOf(n, 'node'));
  const edgeRows = graph.edges.map((e) => attributesOf(e, 'edge'));
  const nodeKeys = keysFor('n', nodeRows);
  const edgeKeys = keysFor('e', edgeRows);
  const keyLine = (k: Key, domain: 'node' | 'edge') =>
    `  <key id="${k.id}" for="${domain}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys.values()].map((k) => keyLine(k, 'node')),
    ...[...edgeKeys.values()].map((k) => keyLine(k, 'edge')),
    `  <graph id="${escapeXml(options.name ?? 'evigraph')}" edgedefault="directed">`,
    ...graph.nodes.flatMap((n, i) => [`    <node id="${escapeXml(n.data.id)}">`, ...dataLines(nodeRows[i]!, nodeKeys), '    </node>']),
    ...graph.edges.flatMap((e, i) => [
      `    <edge id="${escapeXml(e.data.id)}" source="${escapeXml(e.data.source)}" target="${escapeXml(e.data.target)}">`,
      ...dataLines(edgeRows[i]!, edgeKeys),
      '    </edge>',
    ]),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
