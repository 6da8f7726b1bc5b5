/**
 * Every export format, listed once: the page's Export menu, the download URL, the CLI and the docs read these
 * lists. A citation format must also be a value of schema.graphql's CitationFormat (export/citation-formats.ts
 * fails to compile otherwise) and have a formatter in export/format-citations.ts.
 */
export const CITATION_FORMAT_LIST = [
  { format: 'BIBTEX', label: 'BibTeX', param: 'bibtex', mimeType: 'application/x-bibtex', extension: 'bib' },
  { format: 'RIS', label: 'RIS', param: 'ris', mimeType: 'application/x-research-info-systems', extension: 'ris' },
  { format: 'CSL_JSON', label: 'CSL-JSON', param: 'csl-json', mimeType: 'application/vnd.citationstyles.csl+json', extension: 'json' },
  { format: 'APA', label: 'APA', param: 'apa', mimeType: 'text/plain; charset=utf-8', extension: 'txt' },
  { format: 'VANCOUVER', label: 'Vancouver', param: 'vancouver', mimeType: 'text/plain; charset=utf-8', extension: 'txt' },
] as const;

export type CitationFormatName = (typeof CITATION_FORMAT_LIST)[number]['format'];

/** The URL and command-line names, as usage text lists them ("bibtex, ris, …"). */
export const CITATION_FORMAT_PARAMS: readonly string[] = CITATION_FORMAT_LIST.map((f) => f.param);

/** Graph files the page makes from the drawing (in the browser, no server round trip), in menu order. */
export const GRAPH_FORMAT_LIST = [
  { kind: 'png', label: 'PNG image' },
  { kind: 'svg', label: 'SVG image' },
  { kind: 'cyjs', label: 'Cytoscape JSON' },
  { kind: 'style.xml', label: 'Cytoscape Desktop style (XML)' },
  { kind: 'styles.json', label: 'Cytoscape.js style (JSON)' },
  { kind: 'graphml', label: 'GraphML' },
  { kind: 'gexf', label: 'GEXF (Gephi)' },
] as const;

export type GraphFormatKind = (typeof GRAPH_FORMAT_LIST)[number]['kind'];
