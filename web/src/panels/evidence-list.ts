import type { Element, NodeElement } from '../graph/to-elements.js';
import { fill, h, words } from './dom.js';

const STANCE_VERB: Record<string, string> = { SUPPORTS: 'supports', CONTRADICTS: 'contradicts', QUALIFIES: 'qualifies' };

/**
 * Every drawn evidence edge as text: who finds what about which claim, the verbatim quote one
 * disclosure away, and a button to select the edge in the graph. The keyboard and screen-reader way to the quotes.
 */
export function renderEvidenceList(el: HTMLElement, elements: Element[], onSelectEdge: (id: string) => void): void {
  const nodes = new Map(elements.filter((e): e is NodeElement => e.group === 'nodes').map((n) => [n.data.id, n.data]));
  const edges = elements.flatMap((e) => (e.group === 'edges' && e.data.stance ? [e.data] : []));
  if (edges.length === 0) return fill(el, h('li', { class: 'hint' }, 'No evidence link is drawn.'));
  fill(
    el,
    ...edges.map((e) => {
      const study = nodes.get(e.source);
      const claim = nodes.get(e.target);
      const line = `${study?.label ?? e.source} ${STANCE_VERB[e.stance!] ?? words(e.stance!)} “${claim?.fullLabel ?? e.target}”`;
      return h(
        'li',
        { class: `evidence-item stance-${e.stance!.toLowerCase()}`, 'data-edge': e.id },
        h(
          'details',
          {},
          h('summary', {}, line),
          e.quote ? h('blockquote', {}, e.quote) : h('p', {}, 'No quote on this link.'),
          h('p', { class: 'hint' }, [e.timepoint && `Timepoint: ${e.timepoint}`, e.effect && `Effect: ${e.effect}`].filter(Boolean).join(' · ')),
          h('button', { type: 'button', class: 'small', onclick: () => onSelectEdge(e.id) }, 'Select in the graph'),
        ),
      );
    }),
  );
}
