import type { ClaimIndex } from '../api/load-index.js';
import type { ClaimSummaryRow } from '../api/types.js';
import { countOf } from '../words/count.js';
import { claimHref } from '../words/question-words.js';
import { VERDICT_LOOK, verdictOf } from '../words/verdict.js';
import { BOTTOM_LINE_RULE, bottomLine, whatArticlesGetWrong } from './bottom-line-rule.js';
import { h, words } from './dom.js';
import { verdictChip } from './verdict-chip.js';


/** "supported, low certainty — 9 studies": the verdict, its certainty and what was counted, in words. */
export function findingWords(c: ClaimSummaryRow): string {
  const verdict = VERDICT_LOOK[verdictOf(c.summary)].name.toLowerCase();
  const certainty = c.summary.certainty ? `, ${words(c.summary.certainty).toLowerCase()} certainty` : '';
  return `${verdict}${certainty} — ${countOf(c.summary.studies, 'study', 'studies')} counted`;
}

const statementOf = (c: ClaimSummaryRow) => c.statement.replace(/[.\s]+$/, '');

function claimLink(c: ClaimSummaryRow, question: string | null, openClaim: (id: string) => void, text: string) {
  return h('a', { href: claimHref(c.id, question), onclick: (e: Event) => (e.preventDefault(), openClaim(c.id)) }, text);
}

const GROUP_WORDS: Record<string, string> = {
  CONTRADICTED: 'The controlled studies found against it',
  NOT_DOCUMENTED: 'The reviews and guidelines say otherwise',
  INSUFFICIENT: 'Only uncontrolled data, case reports or one very small trial',
  NO_STUDY_IN_GRAPH: 'No study in this graph examines it (research may still exist elsewhere)',
};

/** The export of every study in the index (the question's, or the graph's), as the reference list a reader can check. */
const referenceListHref = (index: ClaimIndex) => `/export/citations?format=apa&ids=${index.studies.map((s) => encodeURIComponent(s.id)).join(',')}`;

/**
 * The top of the overview: the findings that matter most (one sentence each, linking to its claim view), what the
 * articles get wrong, and where the evidence comes from.
 */
export function renderBottomLine(index: ClaimIndex, question: string | null, openClaim: (id: string) => void): HTMLElement {
  const findings = bottomLine(index.claims);
  const wrong = whatArticlesGetWrong(index.claims);
  const wrongCount = wrong.reduce((n, g) => n + g.claims.length, 0);
  const designs = new Set(index.studies.map((s) => s.design));
  return h(
    'section',
    { class: 'bottom-line', 'aria-labelledby': 'bottom-line-heading' },
    h('h3', { id: 'bottom-line-heading' }, 'The bottom line'),
    findings.length
      ? h(
          'ul',
          { class: 'bottom-line-findings' },
          ...findings.map((c) =>
            h(
              'li',
              { 'data-claim': c.id, 'data-verdict': c.summary.verdict },
              claimLink(c, question, openClaim, statementOf(c)),
              ': ',
              h('span', { class: 'finding-verdict' }, findingWords(c)),
              '.',
            ),
          ),
        )
      : h('p', {}, 'No effect claim has a verdict from controlled studies yet.'),
    h('p', { class: 'hint bottom-line-rule' }, BOTTOM_LINE_RULE, ' "Counted" studies are those the verdict rests on; each claim view lists them and any left out.'),
    h(
      'section',
      { class: 'articles-wrong', 'aria-labelledby': 'articles-wrong-heading' },
      h('h4', { id: 'articles-wrong-heading' }, `What the articles get wrong (${countOf(wrongCount, 'claim')})`),
      h('p', { class: 'hint' }, 'Claims at least one article asserts, that the evidence in this graph contradicts, does not document, finds insufficient, or that no study in this graph examines.'),
      ...wrong.map((g) =>
        h(
          'section',
          { class: 'wrong-group', 'data-verdict': g.verdict },
          h('h5', {}, verdictChip(verdictOf({ verdict: g.verdict })), ' ', GROUP_WORDS[g.verdict], ` (${g.claims.length})`),
          h(
            'ul',
            {},
            ...g.claims.map((c) => h('li', { 'data-claim': c.id }, claimLink(c, question, openClaim, statementOf(c)), ` — asserted by ${countOf(c.summary.assertions, 'article')}`)),
          ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'provenance' },
      `Where the evidence comes from: ${countOf(index.studies.length, 'study record')} (${designs.size} designs) — the studies the articles cite, and the main trials, systematic reviews and guidelines on the question. `,
      'Every value was read from a public page (PubMed, PMC, the publisher, the Cochrane Library or the guideline body) named in the record; the data records where each value was confirmed, not the date it was last checked. ',
      h('a', { href: referenceListHref(index), download: '' }, 'Download the reference list (APA)'),
      '.',
    ),
  );
}
