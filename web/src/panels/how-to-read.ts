import { VERDICT_LOOK, VERDICTS } from '../words/verdict.js';
import { h } from './dom.js';
import { verdictChip } from './verdict-chip.js';

const TERMS: [string, string][] = [
  ['Supports', 'A study found what the claim says (a verbatim quote from the study shows it).'],
  ['Contradicts', 'A study found the opposite, or no effect where the claim promises one.'],
  ['Qualifies', 'A study found it only in part: for some outcomes, for a short time, or with mixed results.'],
  ['Asserted, not studied', 'A web article says so, but no study in the graph tests it. An article saying something is never counted as evidence.'],
  ['Studies', 'The number of distinct studies with a finding on the claim (one study may report several findings).'],
  ['Certainty', 'How sure one can be of the balance: high, moderate, low or very low. It drops with small or few studies, with studies that disagree, and when reviews or guidelines only qualify the claim. The claim page gives the reason for each claim.'],
];

/** "How to read this": what the verdicts, stances and certainty mean, as a modal dialog reachable from every view. */
export function createHowToRead(): { element: HTMLDialogElement; open(trigger: HTMLElement): void } {
  let trigger: HTMLElement | null = null;
  const close = h('button', { type: 'button', class: 'dialog-close', onclick: () => dialog.close() }, 'Close');
  const dialog = h(
    'dialog',
    { id: 'how-to-read', 'aria-labelledby': 'how-to-read-heading' },
    h('h2', { id: 'how-to-read-heading' }, 'How to read this'),
    h('p', {}, 'Each claim comes from a popular article. evigraph links it to the studies that tested it; every link carries the study’s own words.'),
    h('h3', {}, 'Verdicts'),
    h('ul', { class: 'verdict-meanings' }, ...VERDICTS.map((v) => h('li', {}, verdictChip(v), ` ${VERDICT_LOOK[v].meaning}.`))),
    h('h3', {}, 'Words used'),
    h('dl', {}, ...TERMS.flatMap(([term, meaning]) => [h('dt', {}, term), h('dd', {}, meaning)])),
    close,
  );
  dialog.addEventListener('close', () => trigger?.focus());
  return {
    element: dialog,
    open(from) {
      trigger = from;
      dialog.showModal();
      close.focus();
    },
  };
}
