import { describe, expect, test } from 'vitest';
import { GraphQLError } from 'graphql';
import { checkYear, toClaimWrite, toEvidenceChanges, toEvidenceProps, toStudyChanges, toStudyProps } from '../../server/src/input/validate-input.js';
import { toLuceneQuery, escapeLucene } from '../../server/src/queries/search-nodes.js';
import { decodeCursor, encodeCursor } from '../../server/src/queries/paging.js';
import { parseEvidenceId } from '../../server/src/queries/write-evidence.js';
import { edgeMatches, NO_CRITERIA } from '../../server/src/queries/evidence-filter.js';
import { createFailedAttempts } from '../../server/src/auth/failed-attempts.js';
import { requireCurator } from '../../server/src/auth/require-curator.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof GraphQLError ? [e.extensions.code, e.extensions.field] : ['not a GraphQLError'];
  }
  return ['no error'];
};

const study = { id: 'doe2020', title: 'A trial', authors: ['Doe J', 'Roe R'], year: 2020, design: 'RCT' as const };

describe('study input', () => {
  test('derives authorsText and stores the design in lower case, dropping empty values', () => {
    expect(toStudyProps({ ...study, journal: '', doi: '10.1234/x.y' })).toEqual({
      id: 'doe2020',
      title: 'A trial',
      authors: ['Doe J', 'Roe R'],
      authorsText: 'Doe J; Roe R',
      year: 2020,
      design: 'rct',
      doi: '10.1234/x.y',
    });
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['a bad DOI', { doi: '10.12/x' }, 'doi'],
    ['a DOI with spaces', { doi: '10.1234/a b' }, 'doi'],
    ['a year before 1800', { year: 1700 }, 'year'],
    ['a year after next year', { year: new Date().getUTCFullYear() + 2 }, 'year'],
    ['no authors', { authors: [] }, 'authors'],
    ['an empty title', { title: '  ' }, 'title'],
    ['an id that is not a slug', { id: 'Doe 2020' }, 'id'],
    ['a zero sample size', { sampleSize: 0 }, 'sampleSize'],
    ['a url that is not http', { url: 'ftp://x' }, 'url'],
    [
      'an allocation concealment outside the three words',
      { riskOfBias: { allocationConcealment: 'good', source: 'https://example.org/t' } },
      'riskOfBias.allocationConcealment',
    ],
    ['risk of bias read at an address that is not http', { riskOfBias: { participantsBlinded: true, source: 'doi:10.1/x' } }, 'riskOfBias.source'],
  ])('rejects %s as BAD_USER_INPUT on the field', (_, over, field) => {
    expect(codeOf(() => toStudyProps({ ...study, ...over }))).toEqual(['BAD_USER_INPUT', field]);
  });

  test('risk-of-bias facts are stored flat with where they were read; a fact not given is not stated', () => {
    const rob = {
      randomised: true,
      allocationConcealment: 'Adequate',
      participantsBlinded: false,
      registration: ' ISRCTN123 ',
      source: 'https://example.org/trial',
    };
    expect(toStudyProps({ ...study, riskOfBias: rob })).toMatchObject({
      randomised: true,
      allocationConcealment: 'adequate',
      participantsBlinded: false,
      registration: 'ISRCTN123',
      riskOfBiasSource: 'https://example.org/trial',
    });
    expect(toStudyProps({ ...study, riskOfBias: rob })).not.toHaveProperty('assessorsBlinded');
    // A patch replaces the set: what it leaves out becomes not stated; null removes the set.
    expect(toStudyChanges({ riskOfBias: { assessorsBlinded: true, source: 'https://example.org/t' } })).toMatchObject({
      randomised: null,
      assessorsBlinded: true,
    });
    expect(toStudyChanges({ riskOfBias: null })).toMatchObject({ randomised: null, riskOfBiasSource: null });
  });

  test('a patch may remove an optional field but not a required one', () => {
    expect(toStudyChanges({ journal: null, authors: ['X Y'] })).toEqual({ journal: null, authors: ['X Y'], authorsText: 'X Y' });
    expect(codeOf(() => toStudyChanges({ title: null }))).toEqual(['BAD_USER_INPUT', 'title']);
  });

  test('accepts next year (in press)', () => {
    expect(checkYear(new Date().getUTCFullYear() + 1)).toBeGreaterThan(2000);
  });
});

describe('claim and evidence input', () => {
  test('a new claim needs a statement; link lists are de-duplicated', () => {
    expect(codeOf(() => toClaimWrite({ id: 'c', statement: '', direction: 'IMPROVES' }, true))).toEqual(['BAD_USER_INPUT', 'statement']);
    expect(toClaimWrite({ id: 'c', statement: 'S', direction: 'IMPROVES', techniqueIds: ['a', 'a'] }, true)).toEqual({
      props: { id: 'c', statement: 'S', direction: 'IMPROVES', claimKind: 'EFFECT' },
      links: { techniqueIds: ['a'] },
    });
  });

  test('a new claim is an effect claim unless it names a mechanism or its kind', () => {
    expect(toClaimWrite({ id: 'c', statement: 'S', direction: 'IMPROVES', mechanismIds: ['m'] }, true).props.claimKind).toBe('MECHANISM');
    expect(toClaimWrite({ id: 'c', statement: 'S', direction: 'IMPROVES', claimKind: 'EVIDENCE' }, true).props.claimKind).toBe('EVIDENCE');
    expect(toClaimWrite({ statement: 'S' }, false).props.claimKind).toBeUndefined();
  });

  test('evidence needs a quote and an http(s) sourceUrl', () => {
    const base = { studyId: 's', claimId: 'c', stance: 'QUALIFIES' as const, quote: 'q', sourceUrl: 'https://x.org' };
    expect(toEvidenceProps(base)).toEqual({ quote: 'q', sourceUrl: 'https://x.org', direction: 'mixed' });
    expect(codeOf(() => toEvidenceProps({ ...base, quote: ' ' }))).toEqual(['BAD_USER_INPUT', 'quote']);
    expect(codeOf(() => toEvidenceProps({ ...base, sourceUrl: 'x' }))).toEqual(['BAD_USER_INPUT', 'sourceUrl']);
    expect(codeOf(() => toEvidenceChanges({ quote: null }))).toEqual(['BAD_USER_INPUT', 'quote']);
  });

  test('evidence ids name their study and claim', () => {
    expect(parseEvidenceId('cherkin2011.f0.some-claim')).toEqual({ id: 'cherkin2011.f0.some-claim', studyId: 'cherkin2011', claimId: 'some-claim' });
    expect(parseEvidenceId('nonsense')).toBeNull();
  });
});

describe('search text', () => {
  test.each([
    ['Cherkn', '(cherkn^3 OR cherkn*^2 OR cherkn~1)'],
    ['sweedish', '(sweedish^3 OR sweedish*^2 OR sweedish~2)'],
    ['low back', '(low^3 OR low*) OR (back^3 OR back*^2 OR back~1)'],
    ['a:b) OR "x"', '(a^3 OR a*) OR (b^3 OR b*) OR (or^3 OR or*) OR (x^3 OR x*)'],
  ])('%j becomes a fuzzy Lucene query with no syntax of its own', (text, query) => {
    expect(toLuceneQuery(text)).toBe(query);
  });

  test('escapes Lucene specials', () => {
    expect(escapeLucene('a+b~c')).toBe('a\\+b\\~c');
  });
});

describe('cursors and filters', () => {
  test('a cursor round-trips and a foreign one is refused', () => {
    expect(decodeCursor(encodeCursor(40))).toBe(40);
    expect(decodeCursor('bm9wZQ')).toBeNull();
  });

  test('timepoint filters by case-insensitive substring and stance by list', () => {
    const edge = { stance: 'SUPPORTS' as const, timepoint: '10 weeks and 1 Year', study: { design: 'rct', year: 2011, sampleSize: 401 } };
    expect(edgeMatches(edge, { ...NO_CRITERIA, timepoint: '1 year' })).toBe(true);
    expect(edgeMatches(edge, { ...NO_CRITERIA, stances: ['CONTRADICTS'] })).toBe(false);
    expect(edgeMatches(edge, { ...NO_CRITERIA, minSampleSize: 500 })).toBe(false);
    expect(edgeMatches(edge, { ...NO_CRITERIA, designs: ['rct'], yearFrom: 2010, yearTo: 2011 })).toBe(true);
  });
});

describe('requireCurator', () => {
  const TOKEN = 'secret-token-of-24-chars-x';
  const request = (auth?: string) => new Request('http://x/graphql', { headers: auth ? { authorization: auth } : {} });
  const config = (single: string, list = '') => ({ EVIGRAPH_WRITE_TOKEN: single, EVIGRAPH_WRITE_TOKENS: list });
  test.each<[string, string, string | undefined, string]>([
    ['writes disabled', '', 'Bearer anything', 'UNAUTHENTICATED'],
    ['no header', TOKEN, undefined, 'UNAUTHENTICATED'],
    ['a wrong token', TOKEN, `Bearer ${TOKEN.slice(0, -1)}y`, 'UNAUTHENTICATED'],
    ['not a bearer', TOKEN, `Basic ${TOKEN}`, 'UNAUTHENTICATED'],
  ])('%s → %s', (_, token, auth, code) => {
    expect(codeOf(() => requireCurator({ config: config(token), request: request(auth) }))[0]).toBe(code);
  });

  test('the message says writes are disabled when no token is configured', () => {
    expect(() => requireCurator({ config: config(''), request: request() })).toThrow(/disabled/);
  });

  test('the right token passes and names the curator "curator"', () => {
    expect(requireCurator({ config: config(TOKEN), request: request(`Bearer ${TOKEN}`) })).toBe('curator');
  });

  test('a named token passes and names its curator', () => {
    const list = `alice:${'a'.repeat(24)},bob:${'b'.repeat(30)}`;
    expect(requireCurator({ config: config('', list), request: request(`Bearer ${'b'.repeat(30)}`) })).toBe('bob');
    expect(requireCurator({ config: config(TOKEN, list), request: request(`Bearer ${TOKEN}`) })).toBe('curator');
  });

  test('a client that failed too often is refused even with the right token, others are not', () => {
    const failedAttempts = createFailedAttempts(3);
    const attempt = (client: string, token: string) =>
      codeOf(() => requireCurator({ config: config(TOKEN), request: request(`Bearer ${token}`), client, failedAttempts }))[0];
    for (let i = 0; i < 3; i++) expect(attempt('10.0.0.1', 'wrong-token-wrong-token-wrong')).toBe('UNAUTHENTICATED');
    expect(attempt('10.0.0.1', 'wrong-token-wrong-token-wrong')).toBe('RATE_LIMITED');
    expect(attempt('10.0.0.1', TOKEN)).toBe('RATE_LIMITED');
    expect(requireCurator({ config: config(TOKEN), request: request(`Bearer ${TOKEN}`), client: '10.0.0.2', failedAttempts })).toBe('curator');
  });

  test('the window ends after a minute', () => {
    let now = 0;
    const failed = createFailedAttempts(1, () => now);
    failed.fail('c');
    expect(failed.blocked('c')).toBe(true);
    now = 60_001;
    expect(failed.blocked('c')).toBe(false);
  });
});
