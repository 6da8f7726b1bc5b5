import { VERDICT_LOOK, type Verdict } from '../words/verdict.js';
import { h } from './dom.js';

/** A verdict as a chip: words first (never colour alone), the colour and border pattern repeat it. */
export const verdictChip = (v: Verdict) => h('span', { class: `verdict-chip verdict-${v}` }, VERDICT_LOOK[v].name);
