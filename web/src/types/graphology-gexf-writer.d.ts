// The writer alone: the package's browser entry also loads its parser, which needs DOMParser at import time.
declare module 'graphology-gexf/browser/writer.js' {
  import type Graph from 'graphology-types';
  const write: (graph: Graph, options?: { version?: '1.2' | '1.3'; pretty?: boolean }) => string;
  export default write;
}
