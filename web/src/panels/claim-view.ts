import type { ClaimSummary, ExcludedFinding, Sensitivity, SofLinks } from '../api/claim-summary.js';
import type { ClaimDetail, EvidenceEdge, Stance } from '../api/types.js';
import type { AppState } from '../state/app-state.js';
import { claimSummaryView } from './claim-summary-view.js';
import { designWords, doiLink, extLink, fill, h, words } from './dom.js';
import { sensitivityToggles } from './sensitivity-toggles.js';
import { statusLine } from './status.js';
import { studyLabel } from '../words/labels.js';
import { verdictOf } from '../words/verdict.js';
import { CLAIM_KIND_WORDS } from '../words/claim-kinds.js';
import { questionHref } from '../words/question-words.js';
import { verdictChip } from './verdict-chip.js';

export interface ClaimViewActions {
  retry(): void;
  showInExplorer(id: string): void;
  /** One sensitivity option of the claim on screen turned on or off. */
  setSensitivity(claimId: string, key: keyof Sensitivity, leaveOut: boolean): void;
  /** The overview of the question the claim belongs to. */
  openQuestion(id: string): void;
}

/** The claim's re-scored summary as the store holds it: the options chosen on this claim and the answer to them. */
interface Rescored {
  options: Sensitivity;
  summary: ClaimSummary | null;
  sof: SofLinks | null;
  status: 'loading' | 'ok' | 'error' | 'idle';
  message: string;
}

function rescoredOf(s: AppState, claimId: string): Rescored | null {
  const chosen = s.page.sensitivity;
  if (!chosen || chosen.claimId !== claimId) return null;
  const res = s.remote.rescore;
  const data = res.data?.id === claimId ? res.data : null;
  const message = res.error instanceof Error ? res.error.message : String(res.error);
  return { options: chosen.options, summary: data?.summary ?? null, sof: data?.summaryOfFindings ?? null, status: res.status, message };
}

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
  if (r.status === 'loading' || r.status === 'idle') return 'Re-scoring…';
  if (r.status === 'error') return `Could not re-score: ${r.message}`;
  const left = Object.values(r.options).some(Boolean);
  return left && r.summary ? `Re-scored: ${r.summary.studies} distinct studies and ${r.summary.findings} findings counted.` : 'Showing all findings.';
}

/** The parts the sensitivity options re-score: the status line, the summary and the findings. */
function rescoredParts(c: ClaimDetail, r: Rescored | null) {
  const summary = r?.summary ?? c.summary;
  const treatment = c.techniques[0]?.name.toLowerCase() ?? 'the treatment';
  return {
    status: rescoreStatus(r),
    summary: claimSummaryView(summary, r?.summary ? r.sof : c.summaryOfFindings, treatment),
    columns: columns(c, summary),
  };
}

function claimBody(c: ClaimDetail, r: Rescored | null, a: ClaimViewActions): HTMLElement[] {
  const summary = r?.summary ?? c.summary;
  const parts = rescoredParts(c, r);
  return [
    h(
      'p',
      { class: 'claim-question' },
      'A claim on the question ',
      h('a', { href: questionHref(c.question.id), onclick: (e: Event) => (e.preventDefault(), a.openQuestion(c.question.id)) }, c.question.wording),
    ),
    h('h2', { id: 'claim-heading', class: 'statement' }, c.statement),
    h('p', { class: 'claim-kind' }, CLAIM_KIND_WORDS[c.claimKind]),
    h('p', { class: 'verdict-line' }, 'Verdict: ', verdictChip(verdictOf(summary)), ` ${summary.verdictReason}.`),
    h('p', { class: 'direction' }, `Direction: ${words(c.direction)} `, h('button', { type: 'button', onclick: () => a.showInExplorer(c.id) }, 'Show in the explorer')),
    sensitivityToggles(r?.options ?? {}, (key, leaveOut) => a.setSensitivity(c.id, key, leaveOut)),
    h('p', { class: 'rescore-status', role: 'status' }, parts.status),
    h('div', { class: 'claim-summary' }, ...parts.summary),
    h('div', { class: 'claim-columns' }, ...parts.columns),
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

const shownClaim = (s: AppState) => (s.remote.claim.data && s.remote.claim.key === s.view.claimId ? s.remote.claim.data : null);

/** The claim view: statement, sensitivity toggles, summary with certainty and disagreement, findings side by side, asserting articles. */
export function renderClaimView(el: HTMLElement, s: AppState, a: ClaimViewActions): void {
  const res = s.remote.claim;
  if (!s.view.claimId) {
    return fill(el, h('h2', { id: 'claim-heading' }, 'Claim'), h('p', { class: 'hint' }, 'Pick a claim: search for one above, or select a claim in the explorer and choose “Open claim view”.'));
  }
  const status = statusLine(res, 'the claim', a.retry);
  if (res.status === 'ok' && !res.data) return fill(el, h('h2', { id: 'claim-heading' }, 'Claim not found'), h('p', {}, `There is no claim “${s.view.claimId}”.`));
  const c = shownClaim(s);
  fill(el, status, ...(c ? claimBody(c, rescoredOf(s, c.id), a) : []));
}

/** After new sensitivity options or their answer: redraws only the re-scored parts, so the toggles keep focus. */
export function renderRescored(el: HTMLElement, s: AppState): void {
  const c = shownClaim(s);
  const [status, summary, cols] = ['.rescore-status', '.claim-summary', '.claim-columns'].map((sel) => el.querySelector<HTMLElement>(sel));
  if (!c || !status || !summary || !cols) return;
  const parts = rescoredParts(c, rescoredOf(s, c.id));
  status.textContent = parts.status;
  fill(summary, ...parts.summary);
  fill(cols, ...parts.columns);
}
