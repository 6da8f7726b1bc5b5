import type { ClaimIndex } from '../api/load-index.js';
import type { ClaimSummaryRow } from '../api/types.js';
import type { QuestionRow } from '../api/types.js';
import type { AppState } from '../state/app-state.js';
import { indexKeyOf } from '../state/fetchers.js';
import { scopeOfState } from '../state/question-scope.js';
import { claimHref, LANDING_HEADING } from '../words/question-words.js';
import type { OverviewChoice, SortKey } from '../state/page-state.js';
import { certaintyRank, VERDICT_LOOK, VERDICT_RANK, VERDICTS, verdictOf, type Verdict } from '../words/verdict.js';
import { renderBottomLine } from './bottom-line.js';
import { fill, h, words } from './dom.js';
import { questionList } from './question-list.js';
import { statusLine } from './status.js';
import { renderWorkbookImport } from './workbook-import.js';
import { verdictChip } from './verdict-chip.js';

export interface OverviewActions {
  openClaim(id: string): void;
  howToRead(trigger: HTMLElement): void;
  retry(): void;
  /** New sort or text filter. */
  choose(patch: Partial<Pick<OverviewChoice, 'sort' | 'text'>>): void;
  /** Shows or hides the claims with this verdict. */
  showVerdict(verdict: Verdict, shown: boolean): void;
  openQuestion(id: string): void;
  /** Back to the landing list of questions. */
  showQuestions(): void;
  retryQuestions(): void;
}

const SORTS: [SortKey, string][] = [
  ['article', 'Order in the article'],
  ['verdict', 'Verdict'],
  ['studies', 'Number of studies'],
  ['certainty', 'Certainty'],
];

function sorted(rows: ClaimSummaryRow[], choice: OverviewChoice): ClaimSummaryRow[] {
  const by: Record<SortKey, (a: ClaimSummaryRow, b: ClaimSummaryRow) => number> = {
    article: () => 0,
    verdict: (a, b) => VERDICT_RANK[verdictOf(a.summary)] - VERDICT_RANK[verdictOf(b.summary)],
    studies: (a, b) => b.summary.studies - a.summary.studies,
    certainty: (a, b) => certaintyRank(a.summary.certainty) - certaintyRank(b.summary.certainty),
  };
  return [...rows].sort(by[choice.sort]);
}

const shown = (choice: OverviewChoice) => (c: ClaimSummaryRow) =>
  choice.verdicts.includes(verdictOf(c.summary)) && c.statement.toLowerCase().includes(choice.text.toLowerCase());

function claimTable(rows: ClaimSummaryRow[], caption: string, question: string | null, a: OverviewActions): HTMLElement {
  return h(
    'table',
    { class: 'claim-table' },
    h('caption', { class: 'visually-hidden' }, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Claim'),
        h('th', { scope: 'col' }, 'Verdict'),
        h('th', { scope: 'col', title: 'Distinct studies with a finding on the claim' }, 'Studies'),
        h('th', { scope: 'col' }, 'Certainty'),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((c) => {
        const open = (e: Event) => (e.preventDefault(), a.openClaim(c.id));
        return h(
          'tr',
          { 'data-claim': c.id },
          h('td', {}, h('a', { href: claimHref(c.id, question), onclick: open }, c.statement)),
          h('td', {}, verdictChip(verdictOf(c.summary))),
          // On a phone the header row is hidden and each cell names itself (styles.css).
          h('td', { class: 'num', 'data-unit': c.summary.studies === 1 ? 'study' : 'studies' }, String(c.summary.studies)),
          h(
            'td',
            c.summary.certainty ? { 'data-label': 'Certainty' } : {},
            c.summary.certainty ? words(c.summary.certainty) : c.summary.studies ? 'not rated' : 'no study',
          ),
        );
      }),
    ),
  );
}

function controls(index: ClaimIndex, choice: OverviewChoice, a: OverviewActions): HTMLElement {
  const counts = new Map<Verdict, number>(VERDICTS.map((v) => [v, index.claims.filter((c) => verdictOf(c.summary) === v).length]));
  return h(
    'div',
    { class: 'overview-controls' },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Show claims that are'),
      ...VERDICTS.map((v) =>
        h(
          'label',
          { class: 'verdict-filter' },
          h('input', {
            type: 'checkbox',
            checked: choice.verdicts.includes(v),
            onchange: (e: Event) => a.showVerdict(v, (e.target as HTMLInputElement).checked),
          }),
          ' ',
          verdictChip(v),
          ` (${counts.get(v)})`,
        ),
      ),
    ),
    h(
      'label',
      { class: 'overview-text' },
      'Claims containing ',
      h('input', { type: 'search', id: 'overview-text', value: choice.text, oninput: (e: Event) => a.choose({ text: (e.target as HTMLInputElement).value }) }),
    ),
    h(
      'label',
      {},
      'Sort by ',
      h(
        'select',
        {
          id: 'overview-sort',
          onchange: (e: Event) => a.choose({ sort: (e.target as HTMLSelectElement).value as SortKey }),
        },
        ...SORTS.map(([key, text]) => h('option', { value: key, selected: choice.sort === key }, text)),
      ),
    ),
  );
}

/** An article's heading: its title, else (a record with no title) its publisher or the address's host, never an empty heading. */
function articleName(art: ClaimIndex['articles'][number]): string {
  if (art.title.trim()) return art.title;
  if (art.publisher?.trim()) return `An article by ${art.publisher} (title not recorded)`;
  const host = art.url && URL.canParse(art.url) ? new URL(art.url).hostname : null;
  return host ? `An article on ${host} (title not recorded)` : 'An article (title not recorded)';
}

function articles(index: ClaimIndex, choice: OverviewChoice, question: string | null, a: OverviewActions): HTMLElement[] {
  const byId = new Map(index.claims.map((c) => [c.id, c]));
  const asserted = new Set<string>();
  const sections = index.articles.map((art, i) => {
    const mine = [...new Set(art.assertions.map((x) => x.claim.id))].flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    mine.forEach((c) => asserted.add(c.id));
    const rows = sorted(mine.filter(shown(choice)), choice);
    const id = `article-${i}`;
    return h(
      'section',
      { class: 'article', 'aria-labelledby': id },
      h('h3', { id }, articleName(art)),
      h(
        'p',
        { class: 'article-meta' },
        [art.author, art.publisher, art.published].filter(Boolean).join(' · '),
        art.url && ' · ',
        art.url && h('a', { href: art.url, target: '_blank', rel: 'noopener noreferrer' }, 'Read the article'),
      ),
      h('p', { class: 'hint' }, `${mine.length} claims; ${rows.length} shown.`),
      rows.length
        ? claimTable(rows, `Claims made by ${articleName(art)}`, question, a)
        : h('p', { class: 'hint' }, 'No claim of this article matches the filters.'),
    );
  });
  const others = sorted(
    index.claims.filter((c) => !asserted.has(c.id) && shown(choice)(c)),
    choice,
  );
  if (others.length) {
    sections.push(
      h(
        'section',
        { class: 'article', 'aria-labelledby': 'article-none' },
        h('h3', { id: 'article-none' }, 'Claims no article in the corpus makes'),
        claimTable(others, 'Claims no article makes', question, a),
      ),
    );
  }
  return sections;
}

/** "All questions": back to the landing list, offered when the graph holds more than one question. */
function allQuestionsLink(a: OverviewActions): HTMLElement {
  return h(
    'p',
    { class: 'all-questions' },
    h('a', { href: '?view=overview', onclick: (e: Event) => (e.preventDefault(), a.showQuestions()) }, '← All questions'),
  );
}

/** The overview of one question (or of the whole graph when there is no question data): its bottom line, the articles, and every claim with its verdict, number of studies and certainty. */
function questionOverview(el: HTMLElement, s: AppState, question: QuestionRow | null, a: OverviewActions): void {
  const res = s.remote.index;
  // A loading index still holds the previous answer (another question's, perhaps): it is not shown under this heading.
  const index = res.key === indexKeyOf(question) && res.status !== 'loading' ? res.data : null;
  const tally =
    index && VERDICTS.map((v) => `${index.claims.filter((c) => verdictOf(c.summary) === v).length} ${VERDICT_LOOK[v].name.toLowerCase()}`).join(', ');
  const list = h('div', { class: 'article-list' }, ...(index ? articles(index, s.page.overview, question?.id ?? null, a) : []));
  const howButton = h('button', { type: 'button', class: 'how-to-read-link', onclick: () => a.howToRead(howButton) }, 'How to read this');
  const several = (s.remote.questions.data?.length ?? 0) > 1;
  fill(
    el,
    several && allQuestionsLink(a),
    h('h2', { id: 'overview-heading', class: 'question' }, question?.wording ?? LANDING_HEADING),
    h(
      'p',
      { class: 'lede' },
      index
        ? `${index.articles.length} popular web articles make ${index.claims.length} claims ${question ? 'on this question' : 'in this graph'} (${tally}). For each claim: what the published trials, reviews and guidelines in the graph found. Open a claim to read the studies on each side, with their quotes.`
        : question?.summary || 'Popular web articles make claims; evigraph shows, claim by claim, what published studies found.',
      ' ',
      howButton,
    ),
    statusLine(res, 'the claims', a.retry),
    index && renderBottomLine(index, question?.id ?? null, a.openClaim),
    index && h('h3', { class: 'all-claims-heading' }, 'Every claim, article by article'),
    index && controls(index, s.page.overview, a),
    list,
    renderWorkbookImport(),
  );
}

/** The landing page: the list of questions when there are several, else the one question's overview. */
export function renderOverview(el: HTMLElement, s: AppState, a: OverviewActions): void {
  const scope = scopeOfState(s);
  if (scope.kind === 'list')
    return fill(el, ...questionList(s.remote.questions, scope.unknownId, { openQuestion: a.openQuestion, retry: a.retryQuestions }), renderWorkbookImport());
  if (scope.kind === 'waiting')
    return fill(el, h('h2', { id: 'overview-heading', class: 'question' }, LANDING_HEADING), statusLine(s.remote.questions, 'the questions', a.retryQuestions));
  questionOverview(el, s, scope.kind === 'question' ? scope.question : null, a);
}

/** After new sort or filter choices: redraws only the claim lists, so the controls keep focus. */
export function renderOverviewList(el: HTMLElement, s: AppState, a: OverviewActions): void {
  const list = el.querySelector<HTMLElement>('.article-list');
  const scope = scopeOfState(s);
  const question = scope.kind === 'question' ? scope.question.id : null;
  const res = s.remote.index;
  if (list && res.data && res.status !== 'loading' && res.key === indexKeyOf(scope.kind === 'question' ? scope.question : null))
    fill(list, ...articles(res.data, s.page.overview, question, a));
}
