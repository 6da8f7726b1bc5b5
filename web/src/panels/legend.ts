import { EDGE_LOOK, NODE_LOOK, type EdgeClass } from '../graph/graph-style.js';
import { VERDICT_LOOK, VERDICTS } from '../words/verdict.js';
import { h } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

/** A short line drawn the way the graph draws an edge class (colour and dash). */
function lineSwatch(cls: EdgeClass): SVGSVGElement {
  const look = EDGE_LOOK[cls];
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '44');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(SVG, 'line');
  const attrs: Record<string, string> = { x1: '2', y1: '6', x2: '42', y2: '6', stroke: look.colour, 'stroke-width': String(Math.max(2, look.width - 1)) };
  if (look.line === 'dotted') attrs['stroke-dasharray'] = '2 3';
  else if (look.dash) attrs['stroke-dasharray'] = look.dash.join(' ');
  for (const [k, v] of Object.entries(attrs)) line.setAttribute(k, v);
  svg.append(line);
  return svg;
}

/** The legend: node kinds (colour and shape), edge classes (colour and line style), and what size means. */
export function createLegend(): HTMLElement {
  return h(
    'section',
    { class: 'legend', 'aria-labelledby': 'legend-heading' },
    h('h2', { id: 'legend-heading' }, 'Legend'),
    h(
      'ul',
      { class: 'legend-edges' },
      ...(Object.keys(EDGE_LOOK) as EdgeClass[]).map((cls) => h('li', {}, lineSwatch(cls), ` ${EDGE_LOOK[cls].name}`)),
    ),
    h(
      'ul',
      { class: 'legend-nodes' },
      ...Object.values(NODE_LOOK).map((look) =>
        h('li', {}, h('span', { class: `swatch shape-${look.shape}`, style: `background:${look.colour}`, 'aria-hidden': 'true' }), ` ${look.name} (${look.shape.replace('-', ' ')})`),
      ),
    ),
    h(
      'ul',
      { class: 'legend-verdicts', 'aria-label': 'Claim colours' },
      ...VERDICTS.map((v) => h('li', {}, h('span', { class: 'swatch shape-round-rectangle', style: `background:${VERDICT_LOOK[v].fill};border-color:${VERDICT_LOOK[v].border}`, 'aria-hidden': 'true' }), ` Claim: ${VERDICT_LOOK[v].name.toLowerCase()}`)),
    ),
    h('p', { class: 'hint' }, 'Node size and border width grow with the number of evidence edges. A double outline marks the nodes you searched for or expanded.'),
  );
}
