import { dashOf, edgeSwatchSvg } from '../graph/edge-swatch.js';
import { EDGE_LOOK, NODE_LOOK, type EdgeClass } from '../graph/graph-style.js';
import { VERDICT_LOOK, VERDICTS } from '../words/verdict.js';
import { classesOf, type ExportGraph } from './export-graph.js';
import { escapeXml } from './to-graphml.js';
import { edgeVisual } from './visual-attributes.js';

export interface LegendItem {
  type: 'node' | 'edge' | 'verdict';
  name: string;
  colour: string;
  /** SVG stroke-dasharray for edges ('' for a solid line). */
  dash: string;
  /** The node's Cytoscape shape ('' for edges). */
  shape: string;
  width: number;
  /** The edge class an edge row draws; the border colour of a verdict row. */
  edgeClass?: EdgeClass;
  border?: string;
}

export interface ImageText {
  title: string;
  /** A line under the title: what the picture counts. */
  subtitle: string;
}

/** Legend rows for what the picture shows: the node kinds, claim verdicts and edge classes present, in the page legend's order. */
export function legendItems(graph: ExportGraph): LegendItem[] {
  const kinds = new Set(graph.nodes.map((n) => String((n.data as { kind?: unknown }).kind ?? '').toUpperCase()));
  const classes = new Set(graph.edges.map((e) => edgeVisual(e).edgeClass));
  const nodeClasses = new Set(graph.nodes.flatMap((n) => classesOf(n).split(/\s+/)));
  const nodes = Object.entries(NODE_LOOK)
    .filter(([kind]) => kinds.has(kind))
    .map(([, look]): LegendItem => ({ type: 'node', name: look.name, colour: look.colour, dash: '', width: 1, shape: look.shape }));
  const verdicts = VERDICTS.filter((v) => nodeClasses.has(`verdict-${v}`)).map(
    (v): LegendItem => ({ type: 'verdict', name: `Claim: ${VERDICT_LOOK[v].name.toLowerCase()}`, colour: VERDICT_LOOK[v].fill, border: VERDICT_LOOK[v].border, dash: '', width: 1, shape: 'round-rectangle' }),
  );
  const edges = (Object.entries(EDGE_LOOK) as [EdgeClass, (typeof EDGE_LOOK)[EdgeClass]][])
    .filter(([cls]) => classes.has(cls))
    .map(([cls, look]): LegendItem => ({ type: 'edge', name: look.name, colour: look.colour, dash: dashOf(cls), width: look.width, shape: '', edgeClass: cls }));
  return [...nodes, ...verdicts, ...edges];
}

const FONT = 'font-family="Helvetica, Arial, sans-serif"';
const TITLE_LINE = 26;
// A generous average width of one bold 20px character, so a wrapped title line never runs off the picture.
const TITLE_CHAR = 12;
const ROW = 24;
/** A legend name's extra lines, and how many characters of 13px text fit beside a swatch in a column. */
const NAME_LINE = 16;
const MARGIN = 16;
const COLUMN = 330;
const SWATCH = 52;
const NAME_CHARS = Math.floor((COLUMN - SWATCH - 12) / 7.2);

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

/** The legend's rows: each item's name wrapped to its column, and each row as tall as its tallest name. */
function legendRows(items: LegendItem[], columns: number): { lines: string[][]; rowTops: number[]; height: number } {
  const lines = items.map((i) => wrapWords(i.name, NAME_CHARS));
  const rowTops: number[] = [];
  let at = 0;
  for (let row = 0; row * columns < items.length; row += 1) {
    rowTops.push(at);
    const tallest = Math.max(...lines.slice(row * columns, (row + 1) * columns).map((l) => l.length));
    at += ROW + (tallest - 1) * NAME_LINE;
  }
  return { lines, rowTops, height: at };
}

/** Where everything goes in a picture around a graph drawing of the given size: the title wrapped to the width, the legend in columns. */
export function imageLayout(graphWidth: number, graphHeight: number, title: string, items: LegendItem[]): ImageLayout {
  const width = Math.max(Math.ceil(graphWidth) + 2 * MARGIN, 2 * COLUMN + 2 * MARGIN);
  const titleLines = wrapWords(title, Math.floor((width - 2 * MARGIN) / TITLE_CHAR));
  const graphTop = 12 + titleLines.length * TITLE_LINE + 30;
  const columns = Math.max(1, Math.floor((width - 2 * MARGIN) / COLUMN));
  const legendTop = graphTop + Math.ceil(graphHeight) + MARGIN;
  return { width, height: legendTop + 28 + legendRows(items, columns).height + MARGIN, titleLines, graphTop, legendTop, columns };
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

/** The node kind's shape in its colour, roughly as the graph draws it; a verdict as the claim's box in its colours. */
function nodeSwatch(item: LegendItem, x: number, y: number): string {
  const paint = `fill="${item.colour}" stroke="${item.border ?? '#374151'}"${item.border ? ' stroke-width="2"' : ''}`;
  const [cx, cy] = [x + 18, y - 4];
  if (item.shape === 'ellipse') return `<ellipse cx="${cx}" cy="${cy}" rx="9" ry="9" ${paint}/>`;
  if (item.shape === 'diamond') return `<polygon points="${cx},${cy - 9} ${cx + 10},${cy} ${cx},${cy + 9} ${cx - 10},${cy}" ${paint}/>`;
  if (item.shape === 'hexagon') return `<polygon points="${cx - 10},${cy} ${cx - 5},${cy - 9} ${cx + 5},${cy - 9} ${cx + 10},${cy} ${cx + 5},${cy + 9} ${cx - 5},${cy + 9}" ${paint}/>`;
  if (item.shape === 'tag') return `<polygon points="${cx - 12},${cy - 8} ${cx + 4},${cy - 8} ${cx + 12},${cy} ${cx + 4},${cy + 8} ${cx - 12},${cy + 8}" ${paint}/>`;
  if (item.shape === 'barrel') return `<path d="M${cx - 10},${cy - 8} H${cx + 10} Q${cx + 14},${cy} ${cx + 10},${cy + 8} H${cx - 10} Q${cx - 14},${cy} ${cx - 10},${cy - 8} Z" ${paint}/>`;
  const rx = item.shape === 'round-rectangle' ? 5 : 0;
  return `<rect x="${cx - 12}" y="${cy - 8}" width="24" height="16" rx="${rx}" ${paint}/>`;
}

function legendSvg(items: LegendItem[], top: number, columns: number): string {
  const { lines, rowTops } = legendRows(items, columns);
  const rows = items.map((item, i) => {
    const x = MARGIN + (i % columns) * COLUMN;
    const y = top + 28 + rowTops[Math.floor(i / columns)]!;
    const swatch = item.type === 'edge' && item.edgeClass ? edgeSwatchSvg(item.edgeClass, x, y - 4, 44) : nodeSwatch(item, x, y);
    const name = lines[i]!.map((line, k) => (k === 0 ? escapeXml(line) : `<tspan x="${x + SWATCH}" dy="${NAME_LINE}">${escapeXml(line)}</tspan>`)).join('');
    return `${swatch}<text x="${x + SWATCH}" y="${y}" font-size="13" fill="#111827" ${FONT}>${name}</text>`;
  });
  return `<g class="legend"><text x="${MARGIN}" y="${top + 8}" font-size="15" font-weight="bold" fill="#111827" ${FONT}>Legend</text>${rows.join('')}</g>`;
}

/**
 * A standalone SVG: the title and subtitle above the graph drawing (Cytoscape's own SVG, nested unchanged)
 * and a legend of the node kinds and edge classes it shows below it.
 */
export function composeSvg(graphSvg: string, text: ImageText, items: LegendItem[]): string {
  const inner = nestable(graphSvg);
  const size = imageLayout(inner.width, inner.height, text.title, items);
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
