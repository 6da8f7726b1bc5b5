import { h } from '../panels/dom.js';
import type { ChangePreview, Snapshot } from './documents.js';

const word = (v: string | null) => (v ? v.charAt(0) + v.slice(1).toLowerCase().replaceAll('_', ' ') : 'none');

const cell = (s: Snapshot) =>
  `${word(s.verdict)}; certainty ${word(s.certainty)}${s.decidingDomain ? ` (lowered most for ${word(s.decidingDomain).toLowerCase()})` : ''}; ${s.studiesCounted} ${s.studiesCounted === 1 ? 'study' : 'studies'} counted`;

/** The preview as a table: one row per claim the change touches, before and after. */
export function previewTable(preview: ChangePreview): HTMLElement {
  const caption = h('caption', {}, `Preview: ${preview.summary}`);
  if (!preview.claims.length) return h('div', { class: 'cur-preview' }, h('p', {}, `Preview: ${preview.summary}. No claim's evidence changes.`));
  const rows = preview.claims.map((c) => {
    const moved = c.before.verdict !== c.after.verdict || c.before.certainty !== c.after.certainty || c.before.studiesCounted !== c.after.studiesCounted;
    return h('tr', { 'data-claim': c.claimId }, h('th', { scope: 'row' }, c.statement), h('td', {}, cell(c.before)), h('td', {}, cell(c.after)), h('td', {}, moved ? 'Changes' : 'No change'));
  });
  return h(
    'div',
    { class: 'cur-preview' },
    h('table', {}, caption, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Claim'), h('th', { scope: 'col' }, 'Before'), h('th', { scope: 'col' }, 'After'), h('th', { scope: 'col' }, 'Verdict moves?'))), h('tbody', {}, ...rows)),
  );
}
