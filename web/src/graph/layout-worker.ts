import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutRequest, LayoutResult } from './large-layout.js';

cytoscape.use(fcose);

/** Runs fcose on a headless Cytoscape off the page's thread and posts the positions back. */
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { generation, nodes, edges, fresh } = event.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: n.size }, position: { x: n.x, y: n.y } })),
      ...edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  // fcose keeps given positions only at 'proof' quality; a fresh drawing starts from its spectral layout.
  const quality = fresh ? 'default' : 'proof';
  cy.layout({ name: 'fcose', randomize: fresh, animate: false, quality, nodeDimensionsIncludeLabels: false, idealEdgeLength: 90, nodeRepulsion: 6000 } as cytoscape.LayoutOptions).run();
  const positions: LayoutResult['positions'] = {};
  cy.nodes().forEach((n) => {
    positions[n.id()] = n.position();
  });
  (self as unknown as Worker).postMessage({ generation, positions } satisfies LayoutResult);
};
