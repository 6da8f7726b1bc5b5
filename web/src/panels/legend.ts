import { edgeSwatchSvg } from '../graph/edge-swatch.js';
import { EDGE_LOOK, NODE_LOOK, type EdgeClass } from '../graph/graph-style.js';
import { VERDICT_LOOK, VERDICTS, type Verdict } from '../words/verdict.js';
import { h } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

/** A short line drawn the way the graph draws an edge class: colour, dash pattern and arrowhead. */
function lineSwatch(cls: EdgeClass): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '48');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  // Markup built from the fixed EDGE_LOOK table only, never from data.
  svg.innerHTML = edgeSwatchSvg(cls, 2, 7, 44);
  return svg;
}

/** The verdicts grouped by how a claim node is drawn (fill, border colour and pattern). */
function lookGroups(): Verdict[][] {
  const groups = new Map<string, Verdict[]>();
  for (const v of VERDICTS) {
    const { fill, border, pattern } = VERDICT_LOOK[v];
    const key = `${fill}${border}${pattern}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  return [...groups.values()];
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
      ...Object.entries(NODE_LOOK).map(([kind, look]) =>
        h(
          'li',
          {},
          h('span', { class: `swatch shape-${look.shape}`, style: `background:${look.colour}`, 'aria-hidden': 'true' }),
          ` ${look.name} (${look.shape.replace('-', ' ')}${kind === 'CLAIM' ? ', filled by its verdict below' : ''})`,
        ),
      ),
    ),
    h(
      'ul',
      { class: 'legend-verdicts', 'aria-label': 'Claim colours' },
      // Verdicts drawn alike (an effect claim's and a documentary claim's) share one entry, so no two entries look the same.
      ...lookGroups().map((group) => {
        const look = VERDICT_LOOK[group[0]!];
        return h('li', {}, h('span', { class: 'swatch shape-round-rectangle', style: `background:${look.fill};border:2px ${look.pattern} ${look.border}`, 'aria-hidden': 'true' }), ` Claim: ${group.map((v) => VERDICT_LOOK[v].name.toLowerCase()).join(', or ')}`);
      }),
    ),
    h('p', { class: 'hint' }, 'Node size and border width grow with the number of evidence edges. A double outline marks the nodes you searched for or expanded.'),
  );
}
