import { describe, expect, test } from 'vitest';
import type { QuestionRow } from '../../web/src/api/types.js';
import { pageTitle } from '../../web/src/page-title.js';
import { findingsByQuestion } from '../../web/src/panels/details-panel.js';
import * as A from '../../web/src/state/actions.js';
import { initialAppState, withView, type AppState, type Resource } from '../../web/src/state/app-state.js';
import { FETCHERS } from '../../web/src/state/fetchers.js';
import { questionArgument, scopeOf } from '../../web/src/state/question-scope.js';
import { fromQuery, toQuery } from '../../web/src/state/url-state.js';
import { INITIAL_VIEW } from '../../web/src/state/view-state.js';
import { claimHref, questionCounts, questionHref } from '../../web/src/words/question-words.js';

const question = (id: string, wording: string, claimCount = 3, studyCount = 2): QuestionRow => ({
  id,
  wording,
  population: 'people with a complaint',
  intervention: 'a treatment',
  comparison: '',
  outcome: '',
  summary: `Landing words of ${id}`,
  claimCount,
  studyCount,
});
const FIRST = question('first-question', 'Does the first treatment help?');
const SECOND = question('second-question', 'Does the second treatment help?', 17, 14);
const loaded = (data: QuestionRow[]): Resource<QuestionRow[]> => ({ key: 'all', status: 'ok', data, error: null });
const loading: Resource<QuestionRow[]> = { key: 'all', status: 'loading', data: null, error: null };
const failed: Resource<QuestionRow[]> = { key: 'all', status: 'error', data: null, error: new Error('down') };

/** An app state at a URL, with the questions answered. */
const at = (query: string, questions: Resource<QuestionRow[]>, legacy: string | null = null): AppState => {
  const s = initialAppState(fromQuery(query, 500), undefined, legacy);
  return { ...s, remote: { ...s.remote, questions } };
};

describe('which question a view shows', () => {
  test('with two or more questions the landing page lists them; with one it opens it', () => {
    expect(scopeOf(INITIAL_VIEW, loaded([FIRST, SECOND]), null)).toEqual({ kind: 'list', unknownId: null });
    expect(scopeOf(INITIAL_VIEW, loaded([FIRST]), null)).toEqual({ kind: 'question', question: FIRST });
  });

  test('question=<id> opens that question on any view', () => {
    for (const view of ['overview', 'map', 'claim', 'explorer'] as const) {
      expect(scopeOf({ ...INITIAL_VIEW, view, question: SECOND.id }, loaded([FIRST, SECOND]), FIRST.id)).toEqual({ kind: 'question', question: SECOND });
    }
  });

  test('an old link (no question) to another view opens the question old links meant, else the first', () => {
    const map = fromQuery('?view=map', 500);
    expect(scopeOf(map, loaded([FIRST, SECOND]), SECOND.id)).toEqual({ kind: 'question', question: SECOND });
    expect(scopeOf(map, loaded([FIRST, SECOND]), 'gone')).toEqual({ kind: 'question', question: FIRST });
    expect(scopeOf(fromQuery('?view=claim&claim=c1', 500), loaded([FIRST, SECOND]), SECOND.id)).toEqual({ kind: 'question', question: SECOND });
  });

  test('an unknown id lists the questions and names it; no question data scopes to the whole graph', () => {
    expect(scopeOf({ ...INITIAL_VIEW, question: 'nope' }, loaded([FIRST, SECOND]), null)).toEqual({ kind: 'list', unknownId: 'nope' });
    expect(scopeOf(INITIAL_VIEW, failed, null)).toEqual({ kind: 'whole' });
    expect(scopeOf(INITIAL_VIEW, loaded([]), null)).toEqual({ kind: 'whole' });
    expect(scopeOf(INITIAL_VIEW, loading, null)).toEqual({ kind: 'waiting' });
    expect(questionArgument({ kind: 'waiting' })).toBeUndefined();
    expect(questionArgument({ kind: 'whole' })).toBeNull();
    expect(questionArgument({ kind: 'question', question: SECOND })).toBe(SECOND.id);
  });
});

describe('the requests a question scopes', () => {
  test('the overview asks for its question’s index; the landing list asks for none; the explorer for the whole graph’s', () => {
    expect(FETCHERS.index.ask(at('?question=second-question', loaded([FIRST, SECOND])))).toMatchObject({ key: SECOND.id });
    expect(FETCHERS.index.ask(at('', loaded([FIRST, SECOND])))).toBeNull();
    expect(FETCHERS.index.ask(at('', loading))).toBeNull();
    expect(FETCHERS.index.ask(at('?question=second-question&view=explorer', loaded([FIRST, SECOND])))).toMatchObject({ key: 'all' });
    expect(FETCHERS.index.ask(at('', failed))).toMatchObject({ key: 'all' });
  });

  test('the map and its cells wait for the questions, then name the question', () => {
    expect(FETCHERS.map.ask(at('?view=map', loading))).toBeNull();
    expect(JSON.parse(FETCHERS.map.ask(at('?view=map', loaded([FIRST, SECOND]), SECOND.id))!.key)).toMatchObject({ question: SECOND.id });
    expect(JSON.parse(FETCHERS.cell.ask(at('?view=map&cell=t,c&question=first-question', loaded([FIRST, SECOND])))!.key)).toContain(FIRST.id);
  });

  test('search names the question; on the landing list it searches the whole graph', () => {
    const withText = (s: AppState) => ({ ...s, page: { ...s.page, search: 'needle' } });
    expect(JSON.parse(FETCHERS.search.ask(withText(at('?question=second-question', loaded([FIRST, SECOND]))))!.key)).toMatchObject({
      text: 'needle',
      question: SECOND.id,
    });
    expect(JSON.parse(FETCHERS.search.ask(withText(at('', loaded([FIRST, SECOND]))))!.key)).toMatchObject({ text: 'needle', question: null });
  });
});

describe('moving between questions', () => {
  test('opening a question from the list, and going back to the list, are URL changes', () => {
    const opened = withView((v) => A.openQuestion(v, SECOND.id))(at('', loaded([FIRST, SECOND])));
    expect(toQuery(opened.view)).toBe('?question=second-question');
    expect(toQuery(A.showQuestions(opened.view))).toBe('');
  });

  test('opening a question drops the other question’s claim and map cell; settling an old link keeps a chosen question', () => {
    const busy = { ...INITIAL_VIEW, view: 'map' as const, question: FIRST.id, claimId: 'c1', cell: ['t', 'c'] as [string, string] };
    expect(A.openQuestion(busy, SECOND.id)).toMatchObject({ view: 'overview', question: SECOND.id, claimId: null, cell: null });
    expect(A.settleQuestion({ ...INITIAL_VIEW, view: 'map' }, SECOND.id).question).toBe(SECOND.id);
    expect(A.settleQuestion(busy, SECOND.id)).toBe(busy);
  });
});

describe('words of a question', () => {
  test('the page title and the links use the question', () => {
    expect(pageTitle(at('?question=second-question', loaded([FIRST, SECOND])))).toBe('Does the second treatment help? — evigraph');
    expect(pageTitle(at('', loaded([FIRST])))).toBe('Does the first treatment help? — evigraph');
    expect(pageTitle(at('', loaded([FIRST, SECOND])))).toBe('What does the evidence say? — evigraph');
    expect(questionHref('a b')).toBe('?question=a%20b');
    expect(claimHref('c1', SECOND.id)).toBe('?question=second-question&view=claim&claim=c1');
    expect(claimHref('c1', null)).toBe('?view=claim&claim=c1');
  });

  test('the landing list says what each number counts', () => {
    expect(questionCounts(SECOND)).toBe('17 claims from popular articles · 14 studies linked to them');
    expect(questionCounts({ claimCount: 1, studyCount: 1 })).toBe('1 claim from popular articles · 1 study linked to them');
  });
});

describe('a study serving two questions', () => {
  const finding = (id: string) => ({ id, stance: 'SUPPORTS', quote: 'q', timepoint: null, effect: null, claim: { id: `claim-${id}`, statement: 's' } });
  const study = (groups: { question: { id: string; wording: string }; evidence: ReturnType<typeof finding>[] }[]) => ({
    id: 's1',
    kind: 'STUDY' as const,
    label: 'S',
    findingsByQuestion: groups,
  });

  test('groups its findings by question only when two questions have findings', () => {
    const both = [
      { question: { id: FIRST.id, wording: FIRST.wording }, evidence: [finding('a')] },
      { question: { id: SECOND.id, wording: SECOND.wording }, evidence: [finding('b'), finding('c')] },
    ];
    expect(findingsByQuestion(study(both))?.map((g) => [g.question.id, g.evidence.length])).toEqual([
      [FIRST.id, 1],
      [SECOND.id, 2],
    ]);
    expect(findingsByQuestion(study([both[0]!]))).toBeNull();
    expect(findingsByQuestion(study([both[0]!, { ...both[1]!, evidence: [] }]))).toBeNull();
  });
});
