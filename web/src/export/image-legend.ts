import { EDGE_LOOK, NODE_LOOK, type EdgeClass } from '../graph/graph-style.js';
import type { ExportGraph } from './export-graph.js';
import { escapeXml } from './to-graphml.js';
import { edgeVisual } from './visual-attributes.js';

export interface LegendItem {
  type: 'node' | 'edge';
  name: string;
  colour: string;
  /** SVG stroke-dasharray for edges ('' for a solid line). */
  dash: string;
  /** The node's Cytoscape shape ('' for edges). */
  shape: string;
  width: number;
}

export interface ImageText {
  title: string;
  /** A line under the title: what the picture counts. */
  subtitle: string;
}

/** Legend rows for what the picture shows: the node kinds and edge classes present, in the page legend's order. */
export function legendItems(graph: ExportGraph): LegendItem[] {
  const kinds = new Set(graph.nodes.map((n) => String((n.data as { kind?: unknown }).kind ?? '').toUpperCase()));
  const classes = new Set(graph.edges.map((e) => edgeVisual(e).edgeClass));
  const nodes = Object.entries(NODE_LOOK)
    .filter(([kind]) => kinds.has(kind))
    .map(([, look]): LegendItem => ({ type: 'node', name: look.name, colour: look.colour, dash: '', width: 1, shape: look.shape }));
  const edges = (Object.entries(EDGE_LOOK) as [EdgeClass, (typeof EDGE_LOOK)[EdgeClass]][])
    .filter(([cls]) => classes.has(cls))
    .map(([, look]): LegendItem => ({ type: 'edge', name: look.name, colour: look.colour, dash: look.line === 'dotted' ? '2 3' : (look.dash ?? []).join(' '), width: look.width, shape: '' }));
  return [...nodes, ...edges];
}

const FONT = 'font-family="Helvetica, Arial, sans-serif"';
const TITLE_LINE = 26;
// A generous average width of one bold 20px character, so a wrapped title line never runs off the picture.
const TITLE_CHAR = 12;
const ROW = 24;
const MARGIN = 16;
const COLUMN = 330;

/** Greedy word wrap to lines of at most `max` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}

export interface ImageLayout {
  width: number;
  height: number;
  titleLines: string[];
  /** Where the drawing starts, below the title and subtitle. */
  graphTop: number;
  legendTop: number;
  columns: number;
}

/** Where everything goes in a picture around a graph drawing of the given size: the title wrapped to the width, the legend in columns. */
export function imageLayout(graphWidth: number, graphHeight: number, title: string, items: number): ImageLayout {
  const width = Math.max(Math.ceil(graphWidth) + 2 * MARGIN, 2 * COLUMN + 2 * MARGIN);
  const titleLines = wrapWords(title, Math.floor((width - 2 * MARGIN) / TITLE_CHAR));
  const graphTop = 12 + titleLines.length * TITLE_LINE + 30;
  const columns = Math.max(1, Math.floor((width - 2 * MARGIN) / COLUMN));
  const legendTop = graphTop + Math.ceil(graphHeight) + MARGIN;
  return { width, height: legendTop + 28 + Math.ceil(items / columns) * ROW + MARGIN, titleLines, graphTop, legendTop, columns };
}

/** A standalone SVG document's size, viewBox and content, ready to nest as an <svg> element. */
function nestable(svg: string): { width: number; height: number; viewBox: string; body: string } {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '<svg>';
  const num = (name: string) => Number(new RegExp(`\\b${name}="([0-9.]+)`).exec(open)?.[1] ?? 0);
  const [width, height] = [num('width'), num('height')];
  const viewBox = /\bviewBox="([^"]+)"/.exec(open)?.[1] ?? `0 0 ${width} ${height}`;
  const body = svg.slice(svg.indexOf(open) + open.length, svg.lastIndexOf('</svg>'));
  return { width, height, viewBox, body };
}

/** The node kind's shape in its colour, roughly as the graph draws it. */
function nodeSwatch(item: LegendItem, x: number, y: number): string {
  const paint = `fill="${item.colour}" stroke="#374151"`;
  const [cx, cy] = [x + 18, y - 4];
  if (item.shape === 'ellipse') return `<ellipse cx="${cx}" cy="${cy}" rx="9" ry="9" ${paint}/>`;
  if (item.shape === 'diamond') return `<polygon points="${cx},${cy - 9} ${cx + 10},${cy} ${cx},${cy + 9} ${cx - 10},${cy}" ${paint}/>`;
  if (item.shape === 'hexagon') return `<polygon points="${cx - 10},${cy} ${cx - 5},${cy - 9} ${cx + 5},${cy - 9} ${cx + 10},${cy} ${cx + 5},${cy + 9} ${cx - 5},${cy + 9}" ${paint}/>`;
  const rx = item.shape === 'round-rectangle' || item.shape === 'barrel' ? 5 : 0;
  return `<rect x="${cx - 12}" y="${cy - 8}" width="24" height="16" rx="${rx}" ${paint}/>`;
}

function legendSvg(items: LegendItem[], top: number, columns: number): string {
  const rows = items.map((item, i) => {
    const x = MARGIN + (i % columns) * COLUMN;
    const y = top + 28 + Math.floor(i / columns) * ROW;
    const swatch =
      item.type === 'node'
        ? nodeSwatch(item, x, y)
        : `<line x1="${x}" y1="${y - 4}" x2="${x + 36}" y2="${y - 4}" stroke="${item.colour}" stroke-width="${Math.max(2, item.width - 1)}"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/>`;
    return `${swatch}<text x="${x + 44}" y="${y}" font-size="13" fill="#111827" ${FONT}>${escapeXml(item.name)}</text>`;
  });
  return `<g class="legend"><text x="${MARGIN}" y="${top + 8}" font-size="15" font-weight="bold" fill="#111827" ${FONT}>Legend</text>${rows.join('')}</g>`;
}

/**
 * A standalone SVG: the title and subtitle above the graph drawing (Cytoscape's own SVG, nested unchanged)
 * and a legend of the node kinds and edge classes it shows below it.
 */
export function composeSvg(graphSvg: string, text: ImageText, items: LegendItem[]): string {
  const inner = nestable(graphSvg);
  const size = imageLayout(inner.width, inner.height, text.title, items.length);
  const x = (size.width - inner.width) / 2;
  const titleTexts = size.titleLines.map((line, i) => `<text x="${MARGIN}" y="${30 + i * TITLE_LINE}" font-size="20" font-weight="bold" fill="#111827" ${FONT}>${escapeXml(line)}</text>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<desc>${escapeXml(`${text.subtitle}. Legend: ${items.map((i) => i.name).join('; ')}.`)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g class="title">${titleTexts.join('')}</g>`,
    `<text x="${MARGIN}" y="${size.graphTop - 14}" font-size="13" fill="#374151" ${FONT}>${escapeXml(text.subtitle)}</text>`,
    `<svg x="${x}" y="${size.graphTop}" width="${inner.width}" height="${inner.height}" viewBox="${inner.viewBox}">${inner.body}</svg>`,
    legendSvg(items, size.legendTop, size.columns),
    '</svg>',
    '',
  ].join('\n');
}
