import { EDGE_LOOK, NODE_LOOK, type EdgeClass } from '../graph/graph-style.js';
import { edgeClass as classOfEdge } from '../graph/to-elements.js';
import type { GraphEdgeData } from '../api/types.js';
import { classesOf, type ExportElement } from './export-graph.js';

/** What a tool needs to draw a node as the page does: its colour (hex and 0–255 channels) and shape. */
export interface NodeVisual {
  color: string;
  r: number;
  g: number;
  b: number;
  shape: string;
}

/** What a tool needs to draw an edge as the page does: its class, colour, line style and (for evidence) its stance. */
export interface EdgeVisual {
  edgeClass: EdgeClass;
  color: string;
  r: number;
  g: number;
  b: number;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  width: number;
}

const channels = (hex: string) => ({ r: parseInt(hex.slice(1, 3), 16), g: parseInt(hex.slice(3, 5), 16), b: parseInt(hex.slice(5, 7), 16) });

const FALLBACK_NODE = { colour: '#e5e7eb', shape: 'ellipse' };

/** The node's look from its kind, as the stylesheet and legend draw it. */
export function nodeVisual(e: ExportElement): NodeVisual {
  const kind = String((e.data as { kind?: unknown }).kind ?? '').toUpperCase();
  const look = NODE_LOOK[kind as keyof typeof NODE_LOOK] ?? FALLBACK_NODE;
  return { color: look.colour, ...channels(look.colour), shape: look.shape };
}

/** The edge's class as the page picks it: from its stance or relationship type, else from the classes it was drawn with. */
function edgeClassOf(e: ExportElement): EdgeClass {
  const data = e.data as Partial<GraphEdgeData>;
  if (typeof data.kind === 'string') return classOfEdge({ ...data, kind: data.kind, stance: data.stance ?? null, discrepancies: data.discrepancies ?? [] } as GraphEdgeData) as EdgeClass;
  return (classesOf(e).split(/\s+/).find((c) => c in EDGE_LOOK) ?? 'link') as EdgeClass;
}

/** The edge's look (supports, contradicts, …, link), as the stylesheet and legend draw it. */
export function edgeVisual(e: ExportElement): EdgeVisual {
  const edgeClass = edgeClassOf(e);
  const look = EDGE_LOOK[edgeClass];
  return { edgeClass, color: look.colour, ...channels(look.colour), lineStyle: look.line, width: look.width };
}
