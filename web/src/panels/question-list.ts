import type { QuestionRow } from '../api/types.js';
import type { Resource } from '../state/app-state.js';
import { LANDING_HEADING, questionCounts, questionHref } from '../words/question-words.js';
import { h } from './dom.js';
import { statusLine } from './status.js';

export interface QuestionListActions {
  openQuestion(id: string): void;
  retry(): void;
}

/** One question of the landing list: its wording (a link to its overview), what was counted, and its landing words. */
function questionItem(q: QuestionRow, a: QuestionListActions): HTMLElement {
  const headingId = `question-${q.id}`;
  return h(
    'li',
    { class: 'question-item', 'data-question': q.id },
    h(
      'article',
      { 'aria-labelledby': headingId },
      h('h3', { id: headingId }, h('a', { href: questionHref(q.id), onclick: (e: Event) => (e.preventDefault(), a.openQuestion(q.id)) }, q.wording)),
      h('p', { class: 'question-counts' }, questionCounts(q)),
      q.summary && h('p', { class: 'question-summary' }, q.summary),
    ),
  );
}

/**
 * The landing page when the graph holds several questions: each with its wording, its number of claims and of
 * distinct studies linked to them, and its summary; a click opens the question's overview.
 */
export function questionList(questions: Resource<QuestionRow[]>, unknownId: string | null, a: QuestionListActions): Array<HTMLElement | null | false> {
  const list = questions.data ?? [];
  return [
    h('h2', { id: 'overview-heading', class: 'question' }, LANDING_HEADING),
    h(
      'p',
      { class: 'lede' },
      'Popular web articles make claims in answer to each question below; evigraph shows, claim by claim, what published studies found. Choose a question to see its claims and their verdicts.',
    ),
    unknownId !== null && h('p', { class: 'status error', role: 'alert' }, `No question has the id “${unknownId}”. Choose one of the questions below.`),
    statusLine(questions, 'the questions', a.retry),
    list.length > 0 && h('ul', { class: 'question-list', 'aria-label': 'Questions' }, ...list.map((q) => questionItem(q, a))),
  ];
}
