import type { NodeKind } from '../api/types.js';

/**
 * How each node kind and edge class looks: shared by the stylesheet and the legend so they cannot disagree. A claim
 * is filled by its verdict (VERDICT_LOOK); white only until its verdict has loaded.
 */
export const NODE_LOOK: Record<NodeKind, { colour: string; shape: string; name: string }> = {
  CLAIM: { colour: '#ffffff', shape: 'round-rectangle', name: 'Claim' },
  STUDY: { colour: '#bfdbfe', shape: 'ellipse', name: 'Study' },
  SOURCE: { colour: '#e9d5ff', shape: 'tag', name: 'Article (source)' },
  TECHNIQUE: { colour: '#bbf7d0', shape: 'hexagon', name: 'Technique' },
  MECHANISM: { colour: '#fed7aa', shape: 'diamond', name: 'Mechanism' },
  CONDITION: { colour: '#fbcfe8', shape: 'rectangle', name: 'Condition' },
  OUTCOME: { colour: '#cffafe', shape: 'barrel', name: 'Outcome' },
};

export type EdgeClass = 'supports' | 'contradicts' | 'qualifies' | 'asserts' | 'contraindicated' | 'miscited' | 'compared' | 'study-relation' | 'link';

/** Line style and arrowhead differ per class (not colour alone), so the graph still reads in grey-scale. */
export const EDGE_LOOK: Record<EdgeClass, { colour: string; line: 'solid' | 'dashed' | 'dotted'; dash?: number[]; width: number; arrow: string; name: string }> = {
  supports: { colour: '#1b7837', line: 'solid', width: 4, arrow: 'triangle', name: 'Supports (study → claim)' },
  contradicts: { colour: '#b2182b', line: 'dashed', dash: [9, 5], width: 4, arrow: 'tee', name: 'Contradicts (study → claim)' },
  qualifies: { colour: '#b35806', line: 'dotted', width: 3, arrow: 'diamond', name: 'Qualifies (mixed, short-term, some outcomes)' },
  asserts: { colour: '#542788', line: 'dashed', dash: [2, 3, 10, 3], width: 2, arrow: 'vee', name: 'Asserts (article says so — not evidence)' },
  contraindicated: { colour: '#111827', line: 'dashed', dash: [14, 4], width: 2, arrow: 'square', name: 'Contraindicated in' },
  miscited: { colour: '#a21caf', line: 'dashed', dash: [6, 3], width: 2, arrow: 'triangle-cross', name: 'Cites, but the printed reference is wrong' },
  compared: { colour: '#4b5563', line: 'dashed', dash: [1, 4], width: 2, arrow: 'circle', name: 'Compared with (the claim\'s comparator — not what it is about)' },
  'study-relation': { colour: '#1d4ed8', line: 'dashed', dash: [12, 3, 2, 3, 2, 3], width: 2, arrow: 'triangle-backcurve', name: 'Updates / republishes / includes (study → study: one body of evidence)' },
  link: { colour: '#9ca3af', line: 'solid', width: 1, arrow: 'none', name: 'About / in / on / via / part of / cites' },
};
