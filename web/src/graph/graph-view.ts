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

const layoutOptions = (randomize: boolean, fixedNodeConstraint: Array<{ nodeId: string; position: Point }>) =>
  ({ name: 'fcose', randomize, animate: false, quality: 'default', nodeDimensionsIncludeLabels: true, idealEdgeLength: 90, nodeRepulsion: 6000, padding: 30, fixedNodeConstraint }) as cytoscape.LayoutOptions;

/** On-screen label size in px: labels keep it at any zoom and fade out instead of shrinking. */
const LABEL_PX = 12;
const LABEL_WIDTH_PX = 170;
/** From this zoom on every label shows. */
const ALL_LABELS_ZOOM = 0.9;
/** Claims stay labelled down to this zoom while there are at most FEW_CLAIMS of them. */
const CLAIM_LABELS_ZOOM = 0.45;
const FEW_CLAIMS = 15;
/** Up to FEW nodes every label shows at any zoom. */
const FEW = 12;
/** Always labelled: the nodes asked for, the selection and the hovered node. */
const ALWAYS = '.anchor, :selected, .hovered';

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

  // Keeps labels about LABEL_PX on screen at any zoom; where that would crowd the canvas, labels fade out, claims last.
  function legibleLabels() {
    const z = cy.zoom();
    const nodes = cy.nodes();
    const always = cy.nodes(ALWAYS);
    const claims = cy.nodes('.claim').difference(always);
    const others = nodes.difference(always).difference(claims);
    const all = z >= ALL_LABELS_ZOOM || nodes.length <= FEW;
    cy.batch(() => {
      nodes.style({ 'font-size': LABEL_PX / Math.min(z, 1), 'text-max-width': `${LABEL_WIDTH_PX / Math.min(z, 1)}px` });
      always.removeClass('label-hidden');
      claims.toggleClass('label-hidden', !all && !(z >= CLAIM_LABELS_ZOOM && claims.length <= FEW_CLAIMS));
      others.toggleClass('label-hidden', !all);
    });
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
        withSeededRandom(seed, () => cy.layout(layoutOptions(wasEmpty, fixed)).run());
        if (wasEmpty) cy.fit(undefined, 30);
      }
      legibleLabels();
    },
    fit: () => cy.fit(undefined, 30),
    resize() {
      cy.resize();
      if (cy.elements().length) cy.fit(undefined, 30);
    },
    zoom(factor) {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    cy,
  };
}
