import { EDGE_LOOK, type EdgeClass } from './graph-style.js';

/** SVG stroke-dasharray for an edge class: '' for a solid line. */
export const dashOf = (cls: EdgeClass): string => (EDGE_LOOK[cls].line === 'dotted' ? '1 3' : (EDGE_LOOK[cls].dash ?? []).join(' '));

/** The arrowhead Cytoscape draws for the class, pointing right with its tip at (x, y). */
function arrowHead(shape: string, x: number, y: number, colour: string): string {
  const paint = `fill="${colour}" stroke="${colour}"`;
  switch (shape) {
    case 'triangle':
      return `<polygon points="${x},${y} ${x - 9},${y - 5} ${x - 9},${y + 5}" ${paint}/>`;
    case 'tee':
      return `<rect x="${x - 3}" y="${y - 6}" width="3" height="12" ${paint}/>`;
    case 'diamond':
      return `<polygon points="${x},${y} ${x - 5},${y - 5} ${x - 10},${y} ${x - 5},${y + 5}" ${paint}/>`;
    case 'vee':
      return `<polygon points="${x},${y} ${x - 10},${y - 6} ${x - 6},${y} ${x - 10},${y + 6}" ${paint}/>`;
    case 'square':
      return `<rect x="${x - 8}" y="${y - 4}" width="8" height="8" ${paint}/>`;
    case 'triangle-cross':
      return `<polygon points="${x},${y} ${x - 9},${y - 5} ${x - 9},${y + 5}" ${paint}/><line x1="${x - 13}" y1="${y - 6}" x2="${x - 13}" y2="${y + 6}" stroke="${colour}" stroke-width="2"/>`;
    case 'circle':
      return `<circle cx="${x - 4}" cy="${y}" r="4" ${paint}/>`;
    case 'triangle-backcurve':
      return `<path d="M${x},${y} L${x - 10},${y - 6} Q${x - 6},${y} ${x - 10},${y + 6} Z" ${paint}/>`;
    default:
      return '';
  }
}

/**
 * An edge class drawn as a short line from (x, y) `length` long: its colour, width, dash pattern and arrowhead, so
 * every class differs from every other in pattern or shape, not in colour alone.
 */
export function edgeSwatchSvg(cls: EdgeClass, x: number, y: number, length: number): string {
  const look = EDGE_LOOK[cls];
  const dash = dashOf(cls);
  const cap = look.line === 'dotted' ? ' stroke-linecap="round"' : '';
  const end = x + length;
  const lineEnd = look.arrow === 'none' ? end : end - 8;
  return `<line x1="${x}" y1="${y}" x2="${lineEnd}" y2="${y}" stroke="${look.colour}" stroke-width="${Math.max(2, look.width - 1)}"${dash ? ` stroke-dasharray="${dash}"` : ''}${cap}/>${arrowHead(look.arrow, end, y, look.colour)}`;
}
