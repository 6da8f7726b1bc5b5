import type { ClaimSummary, Moderator, SofLinks } from '../api/claim-summary.js';
import { countOf } from '../words/count.js';
import { balanceBar } from './balance-bar.js';
import { h, words } from './dom.js';
import { forestSection } from './forest-plot.js';

const DOMAIN_WORDS: Record<string, string> = {
  RISK_OF_BIAS: 'Risk of bias',
  INCONSISTENCY: 'Inconsistency',
  INDIRECTNESS: 'Indirectness',
  IMPRECISION: 'Imprecision',
  PUBLICATION_BIAS: 'Publication bias',
};
const FACTOR_WORDS: Record<string, string> = {
  COMPARATOR: 'Comparator',
  POPULATION: 'Population',
  OUTCOME: 'Outcome',
  TIMEPOINT: 'Timepoint',
  DESIGN: 'Design',
  SIZE: 'Size (n)',
  RISK_OF_BIAS: 'Risk of bias',
};

export const APPROXIMATION_NOTE =
  'Certainty here is an automated approximation that follows GRADE’s logic (rule evigraph-grade-v2), not a GRADE assessment by a panel.';


/** What the numbers count: distinct studies and findings, each by stance. */
export function countsLine(s: ClaimSummary): HTMLElement {
  return h(
    'p',
    { class: 'counts' },
    h('strong', {}, `Counted: ${countOf(s.studies, 'distinct study', 'distinct studies')}`),
    ` (${s.studiesSupporting} with a supporting finding, ${s.studiesContradicting} with a contradicting one, ${s.studiesQualifying} with a qualifying one); `,
    h('strong', {}, countOf(s.findings, 'finding')),
    ` (${s.supporting} supporting, ${s.contradicting} contradicting, ${s.qualifying} qualifying).`,
    s.excluded.length ? ` ${countOf(s.excluded.length, 'finding')} not counted: see below.` : '',
  );
}

function certaintyBlock(s: ClaimSummary): HTMLElement {
  if (s.certainty === null) {
    const lead = s.noEvidence ? 'No study in this graph. ' : 'Not rated. ';
    return h('section', { class: 'certainty-block', 'aria-labelledby': 'certainty-heading' }, h('h3', { id: 'certainty-heading' }, 'Certainty'), h('p', { class: 'certainty' }, h('strong', {}, lead), s.reason), reviewRatings(s));
  }
  const a = s.certaintyAssessment;
  return h(
    'section',
    { class: 'certainty-block', 'aria-labelledby': 'certainty-heading' },
    h('h3', { id: 'certainty-heading' }, 'Certainty'),
    h('p', { class: 'certainty' }, h('strong', {}, `Certainty: ${words(s.certainty)}. `), a.startReason, '.'),
    h(
      'ul',
      { class: 'certainty-domains' },
      ...a.domains.map((d) =>
        h('li', { class: d.levels ? 'downgraded' : '' }, h('strong', {}, `${DOMAIN_WORDS[d.domain]}: ${d.levels ? `−${d.levels} ${d.levels === 1 ? 'level' : 'levels'}` : d.assessed ? 'no downgrade' : 'not assessable'}. `), d.reason),
      ),
    ),
    a.ceiling ? h('p', { class: 'ceiling' }, `Capped at ${words(a.ceiling).toLowerCase()}: ours is never higher than the rating the review carrying this evidence gives it.`) : null,
    reviewRatings(s),
    h('p', { class: 'approximation' }, APPROXIMATION_NOTE),
  );
}

/** The reviews' own ratings beside ours, each with the review's words and where they were read. */
function reviewRatings(s: ClaimSummary): HTMLElement | null {
  if (!s.reviewCertainty.length) return null;
  return h(
    'div',
    { class: 'review-certainty' },
    h('p', {}, h('strong', {}, 'The reviews’ own certainty, beside ours:')),
    h('ul', {}, ...s.reviewCertainty.map((r) => h('li', {}, `${r.study}${r.comparison ? ` (${r.comparison})` : ''}: “${r.certainty.toLowerCase().replaceAll('_', ' ')}”`, r.quote ? h('q', { cite: r.source ?? '' }, ` ${r.quote}`) : ''))),
  );
}

/** Where the same trials may be counted twice though no relation is recorded. */
function overlapNote(s: ClaimSummary): HTMLElement | null {
  if (!s.possibleOverlap.length) return null;
  return h(
    'details',
    { class: 'possible-overlap' },
    h('summary', {}, `Possible overlap: ${countOf(s.possibleOverlap.length, 'note')} (the counts are not changed by a guess)`),
    h('ul', {}, ...s.possibleOverlap.map((o) => h('li', {}, o))),
  );
}

/** Why studies disagree: one row per moderator, separating ones first. */
export function disagreementTable(ms: Moderator[]): HTMLElement | null {
  if (!ms.length) return null;
  const separating = ms.filter((m) => m.separates);
  return h(
    'section',
    { class: 'disagreement', 'aria-labelledby': 'disagreement-heading' },
    h('h3', { id: 'disagreement-heading' }, 'Why studies disagree'),
    h('p', {}, separating.length ? separating.map((m) => m.text).join('; ') + '.' : 'No single factor separates the supporting from the contradicting findings.'),
    h(
      'table',
      {},
      h('caption', {}, 'What the supporting and the contradicting findings (counted only) were about'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Factor'), h('th', { scope: 'col' }, 'Supporting findings'), h('th', { scope: 'col' }, 'Contradicting findings'), h('th', { scope: 'col' }, 'Separates them?'))),
      h(
        'tbody',
        {},
        ...ms.map((m) =>
          h('tr', { class: m.separates ? 'separates' : '' }, h('th', { scope: 'row' }, FACTOR_WORDS[m.factor] ?? m.factor), h('td', { 'data-label': 'Supporting' }, m.supporting.join(', ') || 'not stated'), h('td', { 'data-label': 'Contradicting' }, m.contradicting.join(', ') || 'not stated'), h('td', { 'data-label': 'Separates them' }, m.separates ? 'Yes' : 'No')),
        ),
      ),
    ),
  );
}

function excludedBlock(s: ClaimSummary): HTMLElement | null {
  if (!s.excluded.length) return null;
  return h(
    'details',
    { class: 'excluded' },
    h('summary', {}, `${countOf(s.excluded.length, 'finding')} not counted, and why`),
    h('ul', {}, ...s.excluded.map((e) => h('li', {}, h('strong', {}, `${e.study} (${words(e.stance)}): `), e.reason))),
  );
}

function sofLinks(sof: SofLinks | null): HTMLElement | null {
  if (!sof) return null;
  return h(
    'p',
    { class: 'sof-links' },
    `Summary of findings (${countOf(sof.rows.length, 'row')}, one per outcome and timepoint): `,
    h('a', { href: sof.markdownUrl, download: '' }, 'Markdown'),
    ' · ',
    h('a', { href: sof.csvUrl, download: '' }, 'CSV'),
  );
}

/** Everything the summary says, in the order a reader needs it; the part sensitivity toggles re-score. */
export function claimSummaryView(s: ClaimSummary, sof: SofLinks | null, treatment = 'the treatment'): HTMLElement[] {
  const flags = [
    s.contested && 'Contested: credible studies point different ways.',
    s.assertedNotStudied && `No study in this graph — asserted by ${countOf(s.assertions, 'article')}.`,
  ].filter((f): f is string => !!f);
  return [
    ...flags.map((f) => h('p', { class: 'flag' }, f)),
    balanceBar(s),
    countsLine(s),
    certaintyBlock(s),
    forestSection(s.forest, treatment),
    h('p', { class: `robustness ${s.robustness.verdict.toLowerCase().replaceAll('_', '-')}` }, h('strong', {}, 'Leave one out: '), s.robustness.text, '.'),
    excludedBlock(s),
    overlapNote(s),
    sofLinks(sof),
    h('details', {}, h('summary', {}, 'How counts, balance and certainty are computed'), h('p', {}, s.rule)),
    disagreementTable(s.moderators),
  ].filter((x): x is HTMLElement => !!x);
}
