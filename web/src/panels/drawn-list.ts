import { NODE_LOOK } from '../graph/graph-style.js';
import type { SummaryElement, SummaryNode } from '../graph/summary-elements.js';
import type { Element, NodeElement } from '../graph/to-elements.js';
import { fill, h } from './dom.js';

export interface DrawnListActions {
  select(id: string): void;
  expand(id: string): void;
  /** Opens a node's summary: more of its neighbours. */
  showMore(id: string): void;
}

/** The drawn nodes as a keyboard-usable list: the text alternative to the canvas, with each summary node after its node. */
export function renderDrawnList(el: HTMLElement, elements: Element[], summaries: SummaryElement[], a: DrawnListActions): void {
  const nodes = elements.filter((e): e is NodeElement => e.group === 'nodes');
  const summaryOf = new Map(summaries.filter((e): e is SummaryNode => e.group === 'nodes').map((s) => [s.data.summaryOf, s]));
  fill(
    el,
    ...nodes.flatMap((n) => {
      const summary = summaryOf.get(n.data.id);
      return [
        h(
          'li',
          {},
          h('button', { type: 'button', class: 'link', onclick: () => a.select(n.data.id) }, `${NODE_LOOK[n.data.kind].name}: ${n.data.label}`),
          n.data.fullLabel !== n.data.label && h('span', { class: 'full-label' }, ` — ${n.data.fullLabel}`),
          ' ',
          h('button', { type: 'button', class: 'small', 'aria-label': `Expand neighbours of ${n.data.label}`, onclick: () => a.expand(n.data.id) }, 'expand'),
        ),
        summary && h('li', { class: 'summary-entry' }, h('button', { type: 'button', class: 'link show-more', 'data-summary-of': n.data.id, onclick: () => a.showMore(n.data.id) }, summary.data.fullLabel)),
      ];
    }),
  );
}
