import type { Core } from 'cytoscape';
import { placeQuickly, type Point } from './quick-placement.js';

/** Above this many elements fcose on the page's thread freezes it for seconds: large drawings go to a worker. */
export const LARGE_DRAWING = 1000;

export interface LayoutRequest {
  generation: number;
  /** Nothing was drawn before: lay out from scratch; else start from the current positions (an expand). */
  fresh: boolean;
  nodes: Array<{ id: string; size: number; x: number; y: number }>;
  edges: Array<{ id: string; source: string; target: string }>;
}
export interface LayoutResult {
  generation: number;
  positions: Record<string, Point>;
}

let worker: Worker | null = null;
let generation = 0;

/** True when a drawing this size is laid out off the main thread. */
export const isLargeDrawing = (cy: Core) => cy.elements().length > LARGE_DRAWING;

/**
 * Lays out a large drawing without freezing the page: nodes without a position are placed at once
 * (beside a drawn neighbour, else on a spiral), so the graph is drawn and clickable immediately;
 * fcose then runs in a Web Worker from those positions and the result is applied when it arrives
 * (a newer drawing discards an older result). `data-layout` on the container says "running" meanwhile.
 */
export function layOutLarge(cy: Core, placedBefore: ReadonlySet<string>, fitAfter: boolean): void {
  const placed = new Map<string, Point>();
  const unplaced: string[] = [];
  cy.nodes().forEach((n) => {
    if (placedBefore.has(n.id())) placed.set(n.id(), { ...n.position() });
    else unplaced.push(n.id());
  });
  const quick = placeQuickly(unplaced, placed, (id) => cy.getElementById(id).neighborhood('node').map((m) => m.id()));
  cy.batch(() => quick.forEach((p, id) => cy.getElementById(id).position(p)));
  if (fitAfter) cy.fit(undefined, 30);

  const container = cy.container();
  const mine = ++generation;
  worker ??= new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<LayoutResult>) => {
    if (event.data.generation !== generation) return;
    cy.batch(() => {
      for (const [id, p] of Object.entries(event.data.positions)) cy.getElementById(id).position(p);
    });
    if (fitAfter) cy.fit(undefined, 30);
    if (container) container.dataset.layout = 'done';
  };
  if (container) container.dataset.layout = 'running';
  const request: LayoutRequest = {
    generation: mine,
    fresh: placedBefore.size === 0,
    nodes: cy.nodes().map((n) => ({ id: n.id(), size: Number(n.data('size')) || 30, ...n.position() })),
    edges: cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
  };
  worker.onerror = (event) => {
    event.preventDefault();
    // The quick placement stays: the drawing is usable, only not untangled.
    if (container && mine === generation) container.dataset.layout = 'failed';
  };
  worker.postMessage(request);
}
