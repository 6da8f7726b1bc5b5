import type { QuestionRow } from '../api/types.js';
import type { AppState, Resource } from './app-state.js';
import type { ViewState } from './view-state.js';

/** What the page is scoped to: one question, the landing list of questions, or (no question data) the whole graph. */
export type Scope = { kind: 'waiting' } | { kind: 'list'; unknownId: string | null } | { kind: 'question'; question: QuestionRow } | { kind: 'whole' };

/**
 * The question a view shows. A URL names it (`question=…`); without one, the only question is opened, the overview
 * lists the questions, and any other view (a link shared before questions existed) opens the question such links
 * meant (`legacyId`, the page's setting), else the first. An unknown id lists the questions and says so.
 */
export function scopeOf(view: ViewState, questions: Resource<QuestionRow[]>, legacyId: string | null): Scope {
  if (questions.status === 'error') return { kind: 'whole' };
  const list = questions.data;
  if (!list) return { kind: 'waiting' };
  if (list.length === 0) return { kind: 'whole' };
  if (view.question) {
    const named = list.find((q) => q.id === view.question);
    return named ? { kind: 'question', question: named } : { kind: 'list', unknownId: view.question };
  }
  if (list.length === 1) return { kind: 'question', question: list[0]! };
  if (view.view === 'overview') return { kind: 'list', unknownId: null };
  return { kind: 'question', question: list.find((q) => q.id === legacyId) ?? list[0]! };
}

/** The `question` argument of a scoped request: an id, null for the whole graph, undefined while it is not known yet. */
export function questionArgument(scope: Scope): string | null | undefined {
  if (scope.kind === 'question') return scope.question.id;
  if (scope.kind === 'whole') return null;
  return undefined;
}

export const scopeOfState = (s: AppState): Scope => scopeOf(s.view, s.remote.questions, s.legacyQuestion);
