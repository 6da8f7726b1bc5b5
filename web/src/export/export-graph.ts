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
