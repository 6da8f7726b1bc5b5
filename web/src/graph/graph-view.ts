import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { Selection } from '../state/view-state.js';
import { createStylesheet } from './stylesheet.js';
import type { Element } from './to-elements.js';

cytoscape.use(fcose);
cytoscape.use(svg);

declare global {
  interface Window {
    /** Test hook: browser tests read graph state from here, not from pixels. */
    cy?: Core;
  }
}

export interface GraphViewEvents {
  onSelect(selection: Selection | null): void;
  onExpand(nodeId: string): void;
}

export interface GraphView {
  draw(elements: Element[], selected: Selection | null): void;
  fit(): void;
  /** After the container was hidden: re-measure it and fit the drawing. */
  resize(): void;
  zoom(factor: number): void;
  toPng(): Promise<Blob>;
  toSvg(): string;
  toJson(): unknown;
}

const layoutOptions = (randomize: boolean) =>
  ({ name: 'fcose', randomize, animate: false, quality: 'default', nodeDimensionsIncludeLabels: true, idealEdgeLength: 90, nodeRepulsion: 6000, padding: 30 }) as cytoscape.LayoutOptions;

/** The Cytoscape canvas: draws elements, reports taps and double-taps, exports images. */
export function createGraphView(container: HTMLElement, events: GraphViewEvents): GraphView {
  const cy = cytoscape({ container, style: createStylesheet(), wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4, boxSelectionEnabled: false });
  window.cy = cy;
  cy.on('tap', 'node', (e) => events.onSelect({ type: 'node', id: e.target.id() }));
  cy.on('tap', 'edge', (e) => events.onSelect({ type: 'edge', id: e.target.id() }));
  cy.on('tap', (e) => {
    if (e.target === cy) events.onSelect(null);
  });
  cy.on('dbltap', 'node', (e) => events.onExpand(e.target.id()));

  function syncSelection(selected: Selection | null) {
    cy.$(':selected').unselect();
    if (selected) cy.getElementById(selected.id).select();
  }

  return {
    draw(elements, selected) {
      const wanted = new Set(elements.map((e) => e.data.id));
      const wasEmpty = cy.elements().length === 0;
      let added = 0;
      cy.batch(() => {
        cy.elements().filter((el) => !wanted.has(el.id())).remove();
        for (const el of elements) {
          const existing = cy.getElementById(el.data.id);
          if (existing.nonempty()) {
            existing.data(el.data);
            existing.classes(el.classes);
          } else {
            cy.add(el as ElementDefinition);
            added += 1;
          }
        }
      });
      if (added > 0 && cy.nodes().length > 0) {
        cy.layout(layoutOptions(wasEmpty)).run();
        if (wasEmpty) cy.fit(undefined, 30);
      }
      syncSelection(selected);
    },
    fit: () => cy.fit(undefined, 30),
    resize() {
      cy.resize();
      if (cy.elements().length) cy.fit(undefined, 30);
    },
    zoom(factor) {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    toPng: () => cy.png({ output: 'blob-promise', full: true, bg: '#ffffff', scale: 2 }),
    toSvg: () => (cy as unknown as { svg(o: object): string }).svg({ full: true, bg: '#ffffff' }),
    toJson: () => cy.json(),
  };
}
