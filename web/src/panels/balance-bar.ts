import type { EvidenceSummary } from '../api/types.js';
import { h } from './dom.js';

const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(2)}`;

/** The evidence balance: a stacked bar of supporting / qualifying / contradicting findings and the weighted balance in [-1, 1]. */
export function balanceBar(sum: EvidenceSummary): HTMLElement {
  const total = sum.supporting + sum.qualifying + sum.contradicting;
  const pct = (n: number) => (total ? (100 * n) / total : 0);
  const label = `Evidence balance ${signed(sum.balance)} on a scale from −1 (all against) to +1 (all for): ${sum.supporting} supporting, ${sum.qualifying} qualifying, ${sum.contradicting} contradicting findings.`;
  return h(
    'figure',
    { class: 'balance' },
    h(
      'div',
      { class: 'balance-bar', role: 'img', 'aria-label': label },
      h('span', { class: 'seg supports', style: `width:${pct(sum.supporting)}%` }, sum.supporting ? `${sum.supporting} for` : ''),
      h('span', { class: 'seg qualifies', style: `width:${pct(sum.qualifying)}%` }, sum.qualifying ? `${sum.qualifying} mixed` : ''),
      h('span', { class: 'seg contradicts', style: `width:${pct(sum.contradicting)}%` }, sum.contradicting ? `${sum.contradicting} against` : ''),
      h('span', { class: 'balance-marker', style: `left:${((sum.balance + 1) / 2) * 100}%`, 'aria-hidden': 'true' }),
    ),
    h('figcaption', {}, `Weighted balance ${signed(sum.balance)} (−1 all against … +1 all for), from ${sum.studies} distinct ${sum.studies === 1 ? 'study' : 'studies'}; the bar counts findings.`),
  );
}
