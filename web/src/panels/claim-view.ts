import type { ClaimSummary, ClaimSummaryResult, ExcludedFinding, Sensitivity, SofLinks } from '../api/claim-summary.js';
import { CLAIM_SUMMARY } from '../api/queries.js';
import { request } from '../api/request.js';
import type { ClaimDetail, EvidenceEdge, Stance } from '../api/types.js';
import type { AppState } from '../state/app-state.js';
import { claimSummaryView } from './claim-summary-view.js';
import { designWords, doiLink, extLink, fill, h, words } from './dom.js';
import { sensitivityToggles } from './sensitivity-toggles.js';
import { statusLine } from './status.js';
import { studyLabel } from '../words/labels.js';
import { verdictOf } from '../words/verdict.js';
import { CLAIM_KIND_WORDS } from '../words/claim-kinds.js';
import { verdictChip } from './verdict-chip.js';

/** The re-scored summary of the claim on screen: toggles belong to the view, not the URL. */
interface Rescored {
  claimId: string;
  options: Sensitivity;
  summary: ClaimSummary | null;
  sof: SofLinks | null;
  status: 'loading' | 'ok' | 'error';
  message: string;
}
let rescored: Rescored | null = null;

/** What the finding compared and measured, as the reference records it (empty parts stay out). */
function findingFacts(e: EvidenceEdge): string {
  const parts = [
    e.comparator && `Compared with ${e.comparator}`,
    e.outcomeMeasure && `measured by ${e.outcomeMeasure}`,
    e.timepointWeeks != null && `${e.timepointWeeks} weeks`,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** The structured effect size with its interval, only where the source states one. */
function effectSizeWords(e: EvidenceEdge): string {
  const es = e.effectSize;
  if (!es || es.value == null) return '';
  const ci = es.ciLow != null && es.ciHigh != null ? ` (CI ${es.ciLow} to ${es.ciHigh})` : '';
  return `Effect size: ${es.measure ? `${es.measure} ` : ''}${es.value}${ci}`;
}

function studyItem(e: EvidenceEdge, left: ExcludedFinding | undefined): HTMLElement {
  const s = e.study;
  const facts = [designWords(s.design), s.sampleSize != null ? `n = ${s.sampleSize}` : 'n not reported', s.year ?? 'year unknown', e.timepoint ? `at ${e.timepoint}` : null];
  return h(
    'li',
    { class: `study stance-${e.stance.toLowerCase()}${left ? ' not-counted' : ''}` },
    h('p', { class: 'study-title' }, h('span', { class: 'study-label' }, studyLabel(s)), ' ', s.title),
    h('p', { class: 'study-facts' }, facts.filter(Boolean).join(' · ')),
    left && h('p', { class: 'not-counted-note' }, `Not counted: ${left.reason}.`),
    e.why && h('p', { class: 'why' }, h('strong', {}, 'Why this stance: '), e.why),
    findingFacts(e) && h('p', { class: 'finding-facts' }, findingFacts(e)),
    h('blockquote', {}, e.quote),
    e.effect && h('p', { class: 'effect' }, `Effect: ${e.effect}`),
    effectSizeWords(e) && h('p', { class: 'effect-size' }, effectSizeWords(e)),
    h(
      'p',
      { class: 'links' },
      s.doi && doiLink(s.doi),
      s.doi && ' ',
      extLink(e.sourceUrl, e.sourceKind === 'SECONDARY' ? 'Source of the quote (secondary copy)' : 'Source of the quote'),
    ),
  );
}

function column(stance: Stance, title: string, evidence: EvidenceEdge[], excluded: Map<string, ExcludedFinding>): HTMLElement {
  const mine = evidence.filter((e) => e.stance === stance);
  const counted = mine.filter((e) => !excluded.has(e.id)).length;
  const id = `col-${stance.toLowerCase()}`;
  const studies = new Set(mine.map((e) => e.study.id)).size;
  return h(
    'section',
    { class: `evidence-column ${stance.toLowerCase()}`, 'aria-labelledby': id },
    h('h3', { id }, `${title} findings (${mine.length} from ${studies} ${studies === 1 ? 'study' : 'studies'}${counted < mine.length ? `; ${counted} counted` : ''})`),
    mine.length ? h('ul', {}, ...mine.map((e) => studyItem(e, excluded.get(e.id)))) : h('p', { class: 'hint' }, `No ${title.toLowerCase()} findings.`),
  );
}

function columns(c: ClaimDetail, sum: ClaimSummary): HTMLElement[] {
  const excluded = new Map(sum.excluded.filter((e) => e.edgeId).map((e) => [e.edgeId!, e]));
  return [
    h('div', { class: 'evidence-columns' }, column('SUPPORTS', 'Supporting', c.evidence, excluded), column('CONTRADICTS', 'Contradicting', c.evidence, excluded)),
    column('QUALIFIES', 'Qualifying', c.evidence, excluded),
  ];
}

function rescoreStatus(r: Rescored | null): string {
  if (!r) return '';
  if (r.status === 'loading') return 'Re-scoring…';
  if (r.status === 'error') return `Could not re-score: ${r.message}`;
  const left = Object.values(r.options).some(Boolean);
  return left && r.summary ? `Re-scored: ${r.summary.studies} distinct studies and ${r.summary.findings} findings counted.` : 'Showing all findings.';
}

function claimBody(c: ClaimDetail, showInExplorer: (id: string) => void): HTMLElement[] {
  const live = rescored?.claimId === c.id && rescored.summary ? rescored : null;
  const summary = live?.summary ?? c.summary;
  const sof = live ? live.sof : c.summaryOfFindings;
  const treatment = c.techniques[0]?.name.toLowerCase() ?? 'the treatment';
  const summaryEl = h('div', { class: 'claim-summary' }, ...claimSummaryView(summary, sof, treatment));
  const columnsEl = h('div', { class: 'claim-columns' }, ...columns(c, summary));
  const status = h('p', { class: 'rescore-status', role: 'status' }, rescoreStatus(rescored?.claimId === c.id ? rescored : null));
  const redraw = () => {
    const r = rescored?.claimId === c.id ? rescored : null;
    status.textContent = rescoreStatus(r);
    const s = r?.summary ?? c.summary;
    fill(summaryEl, ...claimSummaryView(s, r?.summary ? r.sof : c.summaryOfFindings, treatment));
    fill(columnsEl, ...columns(c, s));
  };
  const onChange = async (options: Sensitivity) => {
    const mine: Rescored = { claimId: c.id, options, summary: rescored?.claimId === c.id ? rescored.summary : null, sof: rescored?.claimId === c.id ? rescored.sof : null, status: 'loading', message: '' };
    rescored = mine;
    redraw();
    try {
      const d = await request<ClaimSummaryResult>(CLAIM_SUMMARY, { id: c.id, sensitivity: options });
      if (rescored !== mine) return;
      rescored = { ...mine, summary: d.claim?.summary ?? null, sof: d.claim?.summaryOfFindings ?? null, status: 'ok' };
    } catch (err) {
      if (rescored !== mine) return;
      rescored = { ...mine, status: 'error', message: err instanceof Error ? err.message : String(err) };
    }
    redraw();
  };
  const options = rescored?.claimId === c.id ? rescored.options : {};
  return [
    h('h2', { id: 'claim-heading', class: 'statement' }, c.statement),
    h('p', { class: 'claim-kind' }, CLAIM_KIND_WORDS[c.claimKind]),
    h('p', { class: 'verdict-line' }, 'Verdict: ', verdictChip(verdictOf(summary)), ` ${summary.verdictReason}.`),
    h('p', { class: 'direction' }, `Direction: ${words(c.direction)} `, h('button', { type: 'button', onclick: () => showInExplorer(c.id) }, 'Show in the explorer')),
    sensitivityToggles(options, (next) => void onChange(next)),
    status,
    summaryEl,
    columnsEl,
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

/** The claim view: statement, sensitivity toggles, summary with certainty and disagreement, findings side by side, asserting articles. */
export function renderClaimView(el: HTMLElement, s: AppState, retry: () => void, showInExplorer: (id: string) => void): void {
  const res = s.remote.claim;
  if (!s.view.claimId) {
    return fill(el, h('h2', { id: 'claim-heading' }, 'Claim'), h('p', { class: 'hint' }, 'Pick a claim: search for one above, or select a claim in the explorer and choose “Open claim view”.'));
  }
  if (rescored && rescored.claimId !== s.view.claimId) rescored = null;
  const status = statusLine(res, 'the claim', retry);
  if (res.status === 'ok' && !res.data) return fill(el, h('h2', { id: 'claim-heading' }, 'Claim not found'), h('p', {}, `There is no claim “${s.view.claimId}”.`));
  fill(el, status, ...(res.data && res.key === s.view.claimId ? claimBody(res.data, showInExplorer) : []));
}
