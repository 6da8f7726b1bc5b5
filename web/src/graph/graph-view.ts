import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { Selection } from '../state/view-state.js';
import { hashText, withSeededRandom } from './seeded-random.js';
import { createStylesheet } from './stylesheet.js';
import type { Element } from './to-elements.js';
import { isLargeDrawing, layOutLarge } from './large-layout.js';
import { placeQuickly, type Point } from './quick-placement.js';
import type { SummaryElement } from './summary-elements.js';
import { exposeForTests } from './test-hook.js';

cytoscape.use(fcose);
cytoscape.use(svg);

export interface GraphViewEvents {
  onSelect(selection: Selection | null): void;
  onExpand(nodeId: string): void;
  /** A summary node was clicked: show more of the node it summarises. */
  onShowMore(nodeId: string): void;
}

export interface GraphView {
  draw(elements: Array<Element | SummaryElement>, selected: Selection | null): void;
  fit(): void;
  /** After the container was hidden: re-measure it and fit the drawing. */
  resize(): void;
  zoom(factor: number): void;
  /** The live drawing: positions and pictures for the exports. */
  readonly cy: Core;
}

/** Up to this many nodes every label is drawn at any zoom: the layout and the fit make room for them. */
const LABEL_ALL_UP_TO = 60;
/** Beyond it, this many labels by priority (kind, then evidence weight); the rest show on hover, focus or selection. */
const LABELS_WHEN_CROWDED = 30;

const layoutOptions = (randomize: boolean, fixedNodeConstraint: Array<{ nodeId: string; position: Point }>, nodes: number) =>
  ({
    name: 'fcose',
    randomize,
    animate: false,
    quality: 'default',
    nodeDimensionsIncludeLabels: true,
    // A drawing whose every label shows gets more room between nodes, so labels do not sit on each other.
    idealEdgeLength: nodes <= LABEL_ALL_UP_TO ? 120 : 90,
    nodeRepulsion: nodes <= LABEL_ALL_UP_TO ? 9000 : 6000,
    padding: 30,
    fixedNodeConstraint,
  }) as cytoscape.LayoutOptions;

/** On-screen label size in px: labels keep it at any zoom below 1. */
const LABEL_PX = 12;
const LABEL_WIDTH_PX = 150;
/** From this zoom on every label shows, however many nodes. */
const ALL_LABELS_ZOOM = 0.9;
/** Which labels go first when not all can show: the claim, then what it is about, then studies, then articles. */
const KIND_PRIORITY: Record<string, number> = { claim: 0, technique: 1, condition: 2, outcome: 3, mechanism: 4, study: 5, source: 6 };
/** Always labelled: the nodes asked for, the selection and the hovered or focused node. */
const ALWAYS = '.anchor, :selected, .hovered';
const FIT_PADDING = 30;

/**
 * An expand keeps what is drawn where it is: new nodes start beside a drawn neighbour, and the nodes drawn
 * before are returned as fcose's fixed-node constraint.
 */
function placeBesideNeighbours(cy: Core, placedBefore: ReadonlySet<string>): Array<{ nodeId: string; position: Point }> {
  const placed = new Map<string, Point>();
  const unplaced: string[] = [];
  cy.nodes().forEach((n) => {
    if (placedBefore.has(n.id())) placed.set(n.id(), { ...n.position() });
    else unplaced.push(n.id());
  });
  const quick = placeQuickly(unplaced, placed, (id) => cy.getElementById(id).neighborhood('node').map((m) => m.id()), 60);
  cy.batch(() => quick.forEach((p, id) => cy.getElementById(id).position(p)));
  // With nodeDimensionsIncludeLabels fcose fixes the centre of node and label together, then moves the node
  // back by half the label's size: the constraint is given where fcose will take it from.
  return [...placed].map(([nodeId, p]) => {
    const n = cy.getElementById(nodeId);
    const label = n.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false });
    const dx = { left: -label.w / 2, right: label.w / 2 }[String(n.style('text-halign'))] ?? 0;
    const dy = { top: -label.h / 2, bottom: label.h / 2 }[String(n.style('text-valign'))] ?? 0;
    return { nodeId, position: { x: p.x + dx, y: p.y + dy } };
  });
}

/** The Cytoscape canvas: draws elements, reports taps and double-taps, exports images. */
export function createGraphView(container: HTMLElement, events: GraphViewEvents): GraphView {
  const cy = cytoscape({ container, style: createStylesheet(), wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4, boxSelectionEnabled: false });
  exposeForTests(cy);

  // Keeps labels about LABEL_PX on screen at any zoom; up to LABEL_ALL_UP_TO nodes all show, beyond that the
  // LABELS_WHEN_CROWDED most important (by kind, then evidence weight) until zoomed in to ALL_LABELS_ZOOM.
  function legibleLabels() {
    const z = cy.zoom();
    const nodes = cy.nodes().not('.summary');
    const always = cy.nodes(ALWAYS);
    const all = z >= ALL_LABELS_ZOOM || nodes.length <= LABEL_ALL_UP_TO;
    const rank = (n: cytoscape.SingularElementArgument) => KIND_PRIORITY[String(n.data('kind')).toLowerCase()] ?? 9;
    const shown = new Set(
      all
        ? nodes.map((n) => n.id())
        : nodes
            .difference(always)
            .sort((a, b) => rank(a) - rank(b) || Number(b.data('weight') ?? 0) - Number(a.data('weight') ?? 0))
            .slice(0, LABELS_WHEN_CROWDED)
            .map((n) => n.id()),
    );
    cy.batch(() => {
      cy.nodes().style({ 'font-size': LABEL_PX / Math.min(z, 1), 'text-max-width': `${LABEL_WIDTH_PX / Math.min(z, 1)}px` });
      always.removeClass('label-hidden');
      nodes.difference(always).forEach((n) => {
        n.toggleClass('label-hidden', !shown.has(n.id()));
      });
    });
  }
  /**
   * Fits the drawing with its labels at their on-screen size: labels grow in drawing units as the zoom falls, so
   * the fit is taken again once they have, leaving them room inside the canvas.
   */
  function fitWithLabels() {
    for (let i = 0; i < 3; i += 1) {
      cy.fit(undefined, FIT_PADDING);
      legibleLabels();
    }
  }
  let frame = 0;
  cy.on('zoom', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(legibleLabels);
  });
  cy.on('select unselect', 'node', legibleLabels);
  // Full title or statement on hover (the canvas label is a short name).
  cy.on('mouseover', 'node', (e) => {
    container.title = String(e.target.data('fullLabel') ?? e.target.data('label') ?? '');
    e.target.addClass('hovered');
    legibleLabels();
  });
  cy.on('mouseout', 'node', (e) => {
    container.title = '';
    e.target.removeClass('hovered');
    legibleLabels();
  });
  cy.on('tap', 'node', (e) => {
    if (e.target.hasClass('summary')) events.onShowMore(String(e.target.data('summaryOf')));
    else events.onSelect({ type: 'node', id: e.target.id() });
  });
  cy.on('tap', 'edge', (e) => events.onSelect({ type: 'edge', id: e.target.id() }));
  cy.on('tap', (e) => {
    if (e.target === cy) events.onSelect(null);
  });
  cy.on('dbltap', 'node', (e) => {
    if (!e.target.hasClass('summary')) events.onExpand(e.target.id());
  });

  function syncSelection(selected: Selection | null) {
    cy.$(':selected').unselect();
    if (selected) cy.getElementById(selected.id).select();
  }

  return {
    draw(elements, selected) {
      const wanted = new Set(elements.map((e) => e.data.id));
      const wasEmpty = cy.elements().length === 0;
      const placedBefore = new Set(cy.nodes().map((n) => n.id()));
      let added = 0;
      // Added in id order: the layout depends on the order, and a shared link must redraw the same picture.
      const ordered = [...elements].sort((a, b) => (a.group === b.group ? (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0) : a.group === 'nodes' ? -1 : 1));
      cy.batch(() => {
        cy.elements().filter((el) => !wanted.has(el.id())).remove();
        for (const el of ordered) {
          const existing = cy.getElementById(el.data.id);
          if (existing.nonempty()) {
            existing.data(el.data);
            existing.classes(el.classes);
          } else {
            // A summary node is opened by a click, never selected.
            cy.add({ ...el, selectable: el.classes !== 'summary' } as ElementDefinition);
            added += 1;
          }
        }
      });
      syncSelection(selected);
      if (added > 0 && isLargeDrawing(cy)) layOutLarge(cy, placedBefore, wasEmpty);
      else if (added > 0 && cy.nodes().length > 0) {
        // Laid out at the base label size, with a seed from what is drawn: the same URL gives the same positions.
        cy.nodes().removeStyle('font-size text-max-width');
        const seed = hashText(cy.nodes().map((n) => n.id()).join(','));
        const fixed = wasEmpty ? [] : placeBesideNeighbours(cy, placedBefore);
        withSeededRandom(seed, () => cy.layout(layoutOptions(wasEmpty, fixed, cy.nodes().length)).run());
        if (wasEmpty) fitWithLabels();
      }
      legibleLabels();
    },
    fit: fitWithLabels,
    resize() {
      cy.resize();
      if (cy.elements().length) fitWithLabels();
    },
    zoom(factor) {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    cy,
  };
}
