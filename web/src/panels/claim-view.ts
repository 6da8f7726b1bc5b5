import type { ClaimDetail, EvidenceEdge, Stance } from '../api/types.js';
import type { AppState } from '../state/app-state.js';
import { balanceBar } from './balance-bar.js';
import { designWords, doiLink, extLink, fill, h, words } from './dom.js';
import { statusLine } from './status.js';
import { studyLabel } from '../words/labels.js';
import { verdictOf } from '../words/verdict.js';
import { verdictChip } from './verdict-chip.js';

function studyItem(e: EvidenceEdge): HTMLElement {
  const s = e.study;
  const facts = [designWords(s.design), s.sampleSize != null ? `n = ${s.sampleSize}` : 'n not reported', s.year ?? 'year unknown', e.timepoint ? `at ${e.timepoint}` : null];
  return h(
    'li',
    { class: `study stance-${e.stance.toLowerCase()}` },
    h('p', { class: 'study-title' }, h('span', { class: 'study-label' }, studyLabel(s)), ' ', s.title),
    h('p', { class: 'study-facts' }, facts.filter(Boolean).join(' · ')),
    h('blockquote', {}, e.quote),
    e.effect && h('p', { class: 'effect' }, `Effect: ${e.effect}`),
    h('p', { class: 'links' }, s.doi && doiLink(s.doi), s.doi && ' ', extLink(e.sourceUrl, 'Source of the quote')),
  );
}

function column(stance: Stance, title: string, evidence: EvidenceEdge[]): HTMLElement {
  const mine = evidence.filter((e) => e.stance === stance);
  const id = `col-${stance.toLowerCase()}`;
  return h(
    'section',
    { class: `evidence-column ${stance.toLowerCase()}`, 'aria-labelledby': id },
    h('h3', { id }, `${title} (${mine.length})`),
    mine.length ? h('ul', {}, ...mine.map(studyItem)) : h('p', { class: 'hint' }, `No ${title.toLowerCase()} studies.`),
  );
}

function claimBody(c: ClaimDetail, showInExplorer: (id: string) => void): HTMLElement[] {
  const sum = c.summary;
  const flags = [sum.contested && 'Contested: studies point both ways.', sum.assertedNotStudied && 'Asserted, not studied: only articles make this claim.'].filter(Boolean);
  return [
    h('h2', { id: 'claim-heading', class: 'statement' }, c.statement),
    h('p', { class: 'verdict-line' }, 'Verdict: ', verdictChip(verdictOf(sum))),
    h('p', { class: 'direction' }, `Direction: ${words(c.direction)} `, h('button', { type: 'button', onclick: () => showInExplorer(c.id) }, 'Show in the explorer')),
    ...flags.map((f) => h('p', { class: 'flag' }, String(f))),
    balanceBar(sum),
    h('p', { class: 'certainty' }, h('strong', {}, `Certainty: ${words(sum.certainty)}. `), sum.reason),
    h('details', {}, h('summary', {}, 'How balance and certainty are computed'), h('p', {}, sum.rule)),
    h('div', { class: 'evidence-columns' }, column('SUPPORTS', 'Supporting', c.evidence), column('CONTRADICTS', 'Contradicting', c.evidence)),
    column('QUALIFIES', 'Qualifying', c.evidence),
    h(
      'section',
      { class: 'asserted-by', 'aria-labelledby': 'asserted-heading' },
      h('h3', { id: 'asserted-heading' }, `Articles that assert it (${c.assertedBy.length}) — not evidence`),
      c.assertedBy.length
        ? h('ul', {}, ...c.assertedBy.map((a) => h('li', {}, a.source.url ? extLink(a.source.url, a.source.title) : a.source.title, h('blockquote', {}, a.quote))))
        : h('p', { class: 'hint' }, 'No article in the corpus asserts this claim.'),
    ),
  ];
}

/** The claim view: statement, balance, supporting and contradicting studies side by side, asserting articles. */
export function renderClaimView(el: HTMLElement, s: AppState, retry: () => void, showInExplorer: (id: string) => void): void {
  const res = s.remote.claim;
  if (!s.view.claimId) {
    return fill(el, h('h2', { id: 'claim-heading' }, 'Claim'), h('p', { class: 'hint' }, 'Pick a claim: search for one above, or select a claim in the explorer and choose “Open claim view”.'));
  }
  const status = statusLine(res, 'the claim', retry);
  if (res.status === 'ok' && !res.data) return fill(el, h('h2', { id: 'claim-heading' }, 'Claim not found'), h('p', {}, `There is no claim “${s.view.claimId}”.`));
  fill(el, status, ...(res.data && res.key === s.view.claimId ? claimBody(res.data, showInExplorer) : []));
}
