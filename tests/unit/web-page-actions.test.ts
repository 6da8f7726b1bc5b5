import { describe, expect, test } from 'vitest';
import { VERDICTS } from '../../web/src/words/verdict.js';
import * as A from '../../web/src/state/actions.js';
import { initialAppState, withView } from '../../web/src/state/app-state.js';
import * as P from '../../web/src/state/page-actions.js';
import { FETCHERS, searchKey } from '../../web/src/state/fetchers.js';

const start = initialAppState();

describe('page state (kept out of the URL) lives in the store', () => {
  test('overview verdict filters add up: hiding two verdicts hides both, and showing one again keeps the listed order', () => {
    const two = P.showOverviewVerdict(P.showOverviewVerdict(start, 'supported', false), 'contested', false);
    const rest = VERDICTS.filter((v) => v !== 'supported' && v !== 'contested');
    expect(two.page.overview.verdicts).toEqual(rest);
    expect(P.showOverviewVerdict(two, 'supported', true).page.overview.verdicts).toEqual(['supported', ...rest]);
    expect(P.setOverviewChoice(two, { sort: 'studies' }).page.overview).toMatchObject({ sort: 'studies', verdicts: rest, text: '' });
  });

  test('sensitivity options add up on one claim, are dropped on another, and opening another claim clears them', () => {
    const one = P.setSensitivity(start, 'c1', 'excludeSmall', true);
    const both = P.setSensitivity(one, 'c1', 'excludeSuperseded', true);
    expect(both.page.sensitivity).toEqual({ claimId: 'c1', options: { excludeSmall: true, excludeSuperseded: true } });
    expect(P.setSensitivity(both, 'c2', 'excludeSmall', false).page.sensitivity).toEqual({ claimId: 'c2', options: { excludeSmall: false } });
    const onC1 = withView((v) => A.openClaim(v, 'c1'))(start);
    const chosen = P.setSensitivity(onC1, 'c1', 'excludeSmall', true);
    expect(withView((v) => A.openClaim(v, 'c2'))(chosen).page.sensitivity).toBeNull();
    expect(withView((v) => A.setView(v, 'map'))(chosen).page.sensitivity).not.toBeNull();
  });

  test('each citation click is a new request, even for the same file', () => {
    const ask = { format: 'RIS' as const, name: 'RIS', claimId: 'c1', studyIds: [], question: null };
    const first = P.askCitations(start, ask);
    const second = P.askCitations(first, ask);
    expect(FETCHERS.citations.ask(first)!.key).not.toBe(FETCHERS.citations.ask(second)!.key);
    expect(FETCHERS.citations.ask(start)).toBeNull();
  });

  test('with no claim and no study drawn, the overview cites its question’s studies', () => {
    const asked = P.askCitations(start, { format: 'RIS', name: 'RIS', claimId: null, studyIds: [], question: 'q-2' });
    expect(JSON.parse(FETCHERS.citations.ask(asked)!.key)).toMatchObject({ question: 'q-2', format: 'RIS' });
    const drawn = P.askCitations(start, { format: 'RIS', name: 'RIS', claimId: null, studyIds: ['s1'], question: 'q-2' });
    expect(JSON.parse(FETCHERS.citations.ask(drawn)!.key)).toEqual({ ids: ['s1'], format: 'RIS', seq: 1 });
  });

  test('the effects ask for what the page state names: suggestions for the text, a re-score only for the claim on screen', () => {
    const asked = P.askSearch(start, 'toxins');
    expect(FETCHERS.search.ask(asked)!.key).toBe(searchKey(asked));
    expect(JSON.parse(searchKey(asked))).toMatchObject({ text: 'toxins' });
    expect(FETCHERS.search.ask(P.askSearch(start, ''))).toBeNull();
    const onC1 = withView((v) => A.openClaim(v, 'c1'))(start);
    expect(FETCHERS.rescore.ask(P.setSensitivity(onC1, 'c1', 'excludeSmall', true))).not.toBeNull();
    expect(FETCHERS.rescore.ask(P.setSensitivity(onC1, 'c9', 'excludeSmall', true))).toBeNull();
  });
});
