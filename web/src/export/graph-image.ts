import { svgToPng } from './svg-to-png.js';
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import type { ExportGraph } from './export-graph.js';
import { composeSvg, legendItems, type ImageText } from './image-legend.js';

// Printed labels are the page's (the same short names, wrapped the same way, the same ones shown) and nothing looks selected.
const PRINT_STYLE = [
  { selector: ':selected', style: { 'overlay-opacity': 0 } },
  { selector: 'core', style: { 'active-bg-opacity': 0, 'selection-box-opacity': 0 } },
];

/**
 * The drawing as Cytoscape's SVG, made from an off-screen copy of the view (same elements, positions and
 * stylesheet and labels, nothing selected, no summary nodes), so the page itself never flickers or loses its selection.
 */
function cleanGraphSvg(cy: Core): string {
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = `position:fixed;left:-20000px;top:0;width:${Math.max(300, cy.width())}px;height:${Math.max(300, cy.height())}px;`;
  document.body.append(box);
  const copy = cytoscape({
    container: box,
    style: [...(cy.style() as unknown as { json(): object[] }).json(), ...PRINT_STYLE] as unknown as StylesheetJson,
    // Summary nodes ("+238 studies …") are the page's controls, not part of the graph.
    elements: cy.elements().not('.summary, .summary-link').jsons().map((e) => ({ ...e, selected: false })) as never,
    layout: { name: 'preset' },
  });
  try {
    return (copy as unknown as { svg(o: object): string }).svg({ full: true, bg: '#ffffff' });
  } finally {
    copy.destroy();
    box.remove();
  }
}

/** The picture as a standalone SVG: title, the drawing with the page's labels and no selection, and a legend. */
export function graphSvg(cy: Core, graph: ExportGraph, text: ImageText): string {
  return composeSvg(cleanGraphSvg(cy), text, legendItems(graph));
}

/** The same picture as PNG at twice its size, with its title and legend also as PNG text chunks. */
export async function graphPng(cy: Core, graph: ExportGraph, text: ImageText): Promise<Blob> {
  const legend = legendItems(graph).map((i) => i.name).join('; ');
  return svgToPng(graphSvg(cy, graph, text), { Title: text.title, Description: `${text.subtitle}. Legend: ${legend}.` });
}
