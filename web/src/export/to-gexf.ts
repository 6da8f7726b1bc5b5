import { MultiDirectedGraph } from 'graphology';
import write from 'graphology-gexf/browser/writer.js';
import { presentData, type EdgeData, type ExportElement, type ExportGraph, type ExportOptions } from './export-graph.js';
import { edgeVisual, nodeVisual } from './visual-attributes.js';

// GEXF's viz:shape has four node shapes; each Cytoscape shape goes to the one it looks most like.
const GEXF_NODE_SHAPE: Record<string, string> = {
  ellipse: 'disc',
  hexagon: 'disc',
  barrel: 'square',
  rectangle: 'square',
  'round-rectangle': 'square',
  tag: 'triangle',
  diamond: 'diamond',
};

// Written by the writer as the element's own GEXF fields (label, viz:*, edge kind/weight), not as attribute columns.
const RESERVED = new Set(['id', 'source', 'target', 'color', 'size', 'shape', 'thickness', 'x', 'y', 'z']);

// As r/g/b channels: GEXF 1.3 also allows a hex colour, but Gephi 0.9 and networkx read only the channels.
const rgb = (c: { r: number; g: number; b: number }) => `rgb(${c.r},${c.g},${c.b})`;

/** Scalars kept, lists joined with "; " (GEXF columns are typed scalars). */
function columns(e: ExportElement): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of presentData(e.data)) {
    if (RESERVED.has(k)) continue;
    if (Array.isArray(v)) out[k] = v.map(String).join('; ');
    else if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) out[k] = v;
  }
  return out;
}

/**
 * The current view as GEXF 1.3 for Gephi, written by graphology-gexf: a directed multigraph (parallel edges
 * kept, each with its id), node colour, size, shape and position and edge colour, thickness and line style
 * as `viz:` fields Gephi draws, the relationship type as the edge `kind`, and every other value as a column.
 */
export function toGexf<N extends { id: string }, E extends EdgeData>(view: ExportGraph<N, E>, options: ExportOptions = {}): string {
  const graph = new MultiDirectedGraph();
  graph.setAttribute('description', options.name ?? 'evigraph');
  graph.setAttribute('creator', 'evigraph');
  for (const n of view.nodes) {
    const look = nodeVisual(n);
    const size = (n.data as { size?: unknown }).size;
    graph.addNode(n.data.id, {
      ...columns(n),
      cytoscapeShape: look.shape,
      color: rgb(look),
      shape: GEXF_NODE_SHAPE[look.shape] ?? 'disc',
      ...(typeof size === 'number' ? { size } : {}),
      ...(n.position ? { x: n.position.x, y: n.position.y } : {}),
    });
  }
  for (const e of view.edges) {
    const look = edgeVisual(e);
    graph.addDirectedEdgeWithKey(e.data.id, e.data.source, e.data.target, {
      ...columns(e),
      edgeClass: look.edgeClass,
      lineStyle: look.lineStyle,
      color: rgb(look),
      shape: look.lineStyle,
      thickness: look.width,
    });
  }
  return write(graph, { version: '1.3' });
}
