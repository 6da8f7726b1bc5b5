import { classesOf, FLOAT_FIELDS, presentData, type EdgeData, type ExportElement, type ExportGraph, type ExportOptions } from './export-graph.js';
import { edgeVisual, nodeVisual } from './visual-attributes.js';

export { classesOf, FLOAT_FIELDS, presentData, type EdgeData, type ExportElement, type ExportGraph, type ExportOptions } from './export-graph.js';

// A float marker that cannot occur in real data: JSON.stringify writes 1.0 as 1, and Cytoscape Desktop would type the column Integer.
const FLOAT_MARK = '\u0000float:';

function cyData(data: object, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of presentData(data)) {
    out[k] = FLOAT_FIELDS.has(k) && typeof v === 'number' && Number.isFinite(v) ? `${FLOAT_MARK}${v}` : v;
  }
  return { ...extra, ...out };
}

function floatText(n: string): string {
  return /[.eE]/.test(n) ? n : `${n}.0`;
}

/**
 * The current view as the Cytoscape.js JSON that Cytoscape Desktop opens (File → Import → Network from File, `.cyjs`)
 * and `networkx.cytoscape_graph` reads as a directed multigraph: top-level `directed`/`multigraph`, node `value`
 * (the id) and `name`, a `key` per edge (its id) so parallel edges stay apart; `interaction` is the relationship
 * type; `color`, `shape`, `edgeClass` and `lineStyle` are what the style file maps; classes are kept.
 */
export function toCytoscapeJson<N extends { id: string }, E extends EdgeData>(graph: ExportGraph<N, E>, options: ExportOptions = {}): string {
  const name = options.name ?? 'evigraph';
  const element = (e: ExportElement<N | E>, extra: Record<string, unknown>) => {
    const label = (e.data as { label?: unknown }).label;
    const names = typeof label === 'string' ? { name: label, shared_name: label } : { name: e.data.id, shared_name: e.data.id };
    const base: Record<string, unknown> = { data: cyData(e.data, { ...names, ...extra }) };
    if (e.position) base.position = { x: e.position.x, y: e.position.y };
    const classes = classesOf(e);
    if (classes) base.classes = classes;
    return base;
  };
  const doc = {
    format_version: '1.0',
    generated_by: 'evigraph',
    target_cytoscapejs_version: '~3.0',
    directed: true,
    multigraph: true,
    data: { name, shared_name: name, selected: true },
    elements: {
      nodes: graph.nodes.map((n) => {
        const { color, shape } = nodeVisual(n);
        return element(n, { value: n.data.id, color, shape });
      }),
      edges: graph.edges.map((e) => {
        const kind = (e.data as { kind?: unknown }).kind;
        const { edgeClass, color, lineStyle } = edgeVisual(e);
        const interaction = typeof kind === 'string' ? { interaction: kind, shared_interaction: kind } : {};
        return element(e, { ...interaction, key: e.data.id, edgeClass, color, lineStyle });
      }),
    },
  };
  return JSON.stringify(doc, null, 2).replace(/"\\u0000float:(-?[0-9.eE+-]+)"/g, (_, n: string) => floatText(n));
}
