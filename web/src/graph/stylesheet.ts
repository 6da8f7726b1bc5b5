import type { StylesheetJson } from 'cytoscape';
import { VERDICT_LOOK, type Verdict } from '../words/verdict.js';
import { EDGE_LOOK, NODE_LOOK, type EdgeClass } from './graph-style.js';

/**
 * Summary nodes ("+238 studies: …") must not pass for evidence: a small white box with a dashed outline,
 * its words beside it in italics (dark grey on white, WCAG AA), joined to its node by a thin dashed line.
 */
const SUMMARY_STYLE = [
  {
    selector: 'node.summary',
    style: {
      shape: 'round-rectangle',
      width: 26,
      height: 16,
      'background-color': '#ffffff',
      'border-width': 2,
      'border-style': 'dashed',
      'border-color': '#4b5563',
      color: '#1f2937',
      'font-style': 'italic',
      'text-valign': 'center',
      'text-halign': 'right',
      'text-margin-x': 4,
      'text-margin-y': 0,
      'text-max-width': '220px',
    },
  },
  { selector: 'edge.summary-link', style: { 'line-color': '#4b5563', 'line-style': 'dashed', 'line-dash-pattern': [4, 4], width: 1.5, 'target-arrow-shape': 'none' } },
];

/** The declarative Cytoscape stylesheet: sizes and borders read from element data set by toElements. */
export function createStylesheet(): StylesheetJson {
  const kinds = Object.entries(NODE_LOOK).map(([kind, look]) => ({
    selector: `node.${kind.toLowerCase()}`,
    style: { 'background-color': look.colour, shape: look.shape },
  }));
  const edges = (Object.entries(EDGE_LOOK) as [EdgeClass, (typeof EDGE_LOOK)[EdgeClass]][]).map(([cls, look]) => ({
    selector: `edge.${cls}`,
    style: {
      'line-color': look.colour,
      'target-arrow-color': look.colour,
      'line-style': look.line,
      ...(look.dash ? { 'line-dash-pattern': look.dash } : {}),
      width: look.width,
      'target-arrow-shape': look.arrow,
    },
  }));
  const verdicts = (Object.entries(VERDICT_LOOK) as [Verdict, (typeof VERDICT_LOOK)[Verdict]][]).map(([v, look]) => ({
    selector: `node.claim.verdict-${v}`,
    style: { 'background-color': look.fill, 'border-color': look.border, 'border-style': look.pattern, 'border-width': look.pattern === 'double' ? 5 : 3 },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 'data(border)',
        'border-color': '#374151',
        // graph-view.ts rescales the font with the zoom, so labels stay about 12 px on screen.
        'font-size': 12,
        color: '#111827',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        // Short names (to-elements.ts) wrapped at word breaks, so a label is whole and narrow.
        'text-wrap': 'wrap',
        'text-max-width': '150px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
      },
    },
    ...kinds,
    ...verdicts,
    { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
    { selector: 'node.anchor', style: { 'border-style': 'double', 'border-width': 6 } },
    { selector: 'edge', style: { 'curve-style': 'bezier', 'arrow-scale': 1.1, opacity: 0.9 } },
    ...edges,
    ...SUMMARY_STYLE,
    { selector: '.on-path', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.18, 'overlay-padding': 4 } },
    { selector: ':selected', style: { 'overlay-color': '#111827', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  ] as StylesheetJson;
}
