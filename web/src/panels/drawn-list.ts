import { NODE_LOOK } from '../graph/graph-style.js';
import type { Element, NodeElement } from '../graph/to-elements.js';
import { fill, h } from './dom.js';

/** The drawn nodes as a keyboard-usable list: the text alternative to the canvas. */
export function renderDrawnList(el: HTMLElement, elements: Element[], onSelect: (id: string) => void, onExpand: (id: string) => void): void {
  const nodes = elements.filter((e): e is NodeElement => e.group === 'nodes');
  fill(
    el,
    ...nodes.map((n) =>
      h(
        'li',
        {},
        h('button', { type: 'button', class: 'link', onclick: () => onSelect(n.data.id) }, `${NODE_LOOK[n.data.kind].name}: ${n.data.label}`),
        n.data.fullLabel !== n.data.label && h('span', { class: 'full-label' }, ` — ${n.data.fullLabel}`),
        ' ',
        h('button', { type: 'button', class: 'small', 'aria-label': `Expand neighbours of ${n.data.label}`, onclick: () => onExpand(n.data.id) }, 'expand'),
      ),
    ),
  );
}
