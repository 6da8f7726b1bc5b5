/** An element as the API's Graph returns it or as `cy.json()` holds it: data, classes, maybe a position. */
export interface ExportElement<D extends { id: string } = { id: string }> {
  data: D;
  classes?: string | string[];
  position?: { x: number; y: number };
}

export type EdgeData = { id: string; source: string; target: string };

/** The nodes and edges of the current view; generic so any data shape with ids passes without a cast. */
export interface ExportGraph<N extends { id: string } = { id: string }, E extends EdgeData = EdgeData> {
  nodes: ExportElement<N>[];
  edges: ExportElement<E>[];
}

export interface ExportOptions {
  /** Network name shown in Cytoscape Desktop / Gephi. @default 'evigraph' */
  name?: string;
}

/** Data fields that are floating point in the API: written with a decimal point so Cytoscape Desktop types the column as Double. */
export const FLOAT_FIELDS: ReadonlySet<string> = new Set(['weight', 'balance', 'score']);

/** Classes as one space-separated string, whichever form the element carries. */
export const classesOf = (e: ExportElement<{ id: string }>) => (Array.isArray(e.classes) ? e.classes.join(' ') : (e.classes ?? '')).trim();

/**
 * The element's data with nulls and undefined left out (an empty value stays empty, it is not a column value)
 * and arrays of scalars kept as lists.
 */
export function presentData(data: object): [string, unknown][] {
  return Object.entries(data).filter(([, v]) => (v !== null && v !== undefined && typeof v !== 'object') || Array.isArray(v));
}

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
 * The current view as the Cytoscape.js JSON that Cytoscape Desktop opens (File → Import → Network from File, `.cyjs`):
 * `name`/`shared_name` carry the label, edges carry `interaction` (the relationship type), classes are kept.
 */
export function toCytoscapeJson<N extends { id: string }, E extends EdgeData>(graph: ExportGraph<N, E>, options: ExportOptions = {}): string {
  const name = options.name ?? 'evigraph';
  const element = (e: ExportElement<N | E>, extra: Record<string, unknown>) => {
    const label = (e.data as { label?: unknown }).label;
    const base: Record<string, unknown> = { data: cyData(e.data, { ...(typeof label === 'string' ? { name: label, shared_name: label } : {}), ...extra }) };
    if (e.position) base.position = { x: e.position.x, y: e.position.y };
    const classes = classesOf(e);
    if (classes) base.classes = classes;
    return base;
  };
  const doc = {
    format_version: '1.0',
    generated_by: 'evigraph',
    target_cytoscapejs_version: '~3.0',
    data: { name, shared_name: name, selected: true },
    elements: {
      nodes: graph.nodes.map((n) => element(n, {})),
      edges: graph.edges.map((e) => {
        const kind = (e.data as { kind?: unknown }).kind;
        return element(e, typeof kind === 'string' ? { interaction: kind, shared_interaction: kind } : {});
      }),
    },
  };
  return JSON.stringify(doc, null, 2).replace(/"\\u0000float:(-?[0-9.eE+-]+)"/g, (_, n: string) => floatText(n));
}
