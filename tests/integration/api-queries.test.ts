import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { codes, createSeededApp, dataOf, gql } from './api-client.js';

let db: Db;
let app: App;

beforeAll(async () => ({ db, app } = await createSeededApp()));
afterAll(() => db.close());

const q = (query: string, variables?: Record<string, unknown>) => gql(app, query, variables);
const data = async (query: string, variables?: Record<string, unknown>) => dataOf(await q(query, variables));

describe('search', () => {
  const SEARCH = `query($text: String!, $kinds: [NodeKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) { kind score text node { id label } } }`;

  test.each([
    ['Cherkn', 'cherkin2011'],
    ['sweedish', 'swedish-massage'],
    ['Furlan', 'furlan2008cochrane'],
  ])('tolerates a typo or finds an author: %j finds %s', async (text, id) => {
    const { search } = await data(SEARCH, { text, first: 10 });
    expect(search.map((h: any) => h.node.id)).toContain(id);
  });

  test('ranks best first and keeps to the kinds asked for', async () => {
    const { search } = await data(SEARCH, { text: 'low back pain massage', kinds: ['CLAIM'], first: 5 });
    expect(search).toHaveLength(5);
    expect(new Set(search.map((h: any) => h.kind))).toEqual(new Set(['CLAIM']));
    const scores = search.map((h: any) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  test('Lucene syntax in the text is searched as words, not obeyed', async () => {
    const { search } = await data(SEARCH, { text: 'massage) OR title:(* AND "', first: 3 });
    // Obeyed, `title:(*` would match every title and `OR` would drop the word; read as words, massage leads.
    expect(search).toHaveLength(3);
    for (const hit of search) expect(hit.text).toMatch(/massage/i);
  });

  test.each([[''], ['   '], ['!!! ???']])('text %j is BAD_USER_INPUT', async (text) => {
    expect(codes(await q(SEARCH, { text }))).toEqual(['BAD_USER_INPUT']);
  });

  test('nothing found is an empty list', async () => {
    expect((await data(SEARCH, { text: 'zzqxjv' })).search).toEqual([]);
  });
});

describe('lookups', () => {
  test('node resolves any kind by id, null when absent', async () => {
    const r = await data(`{ a: node(id: "cherkin2011") { kind label ... on Study { year design } } b: node(id: "swedish-massage") { kind } c: node(id: "nope") { id } }`);
    expect(r).toEqual({ a: { kind: 'STUDY', label: expect.stringContaining('massage'), year: 2011, design: 'RCT' }, b: { kind: 'TECHNIQUE' }, c: null });
  });

  test('a typed lookup of an absent id, or of another kind, is NOT_FOUND', async () => {
    expect(codes(await q(`{ study(id: "nope") { id } }`))).toEqual(['NOT_FOUND']);
    expect(codes(await q(`{ claim(id: "cherkin2011") { id } }`))).toEqual(['NOT_FOUND']);
  });

  test('every typed lookup finds its kind', async () => {
    const [src] = (await db.read<{ id: string }>('T', 'MATCH (s:Source) RETURN s.id AS id LIMIT 1'));
    const r = await data(`query($src: ID!) {
      study(id: "cherkin2011") { id } source(id: $src) { id } technique(id: "swedish-massage") { id }
      condition(id: "chronic-low-back-pain") { id } claim(id: "massage-reduces-pain-chronic-lbp-short-term") { id }
      mechanism: mechanisms(first: 1) { nodes { id } } outcome: outcomes(first: 1) { nodes { id } } }`, { src: src!.id });
    const m = await data(`query($m: ID!, $o: ID!) { mechanism(id: $m) { kind } outcome(id: $o) { kind } }`, { m: r.mechanism.nodes[0].id, o: r.outcome.nodes[0].id });
    expect(m).toEqual({ mechanism: { kind: 'MECHANISM' }, outcome: { kind: 'OUTCOME' } });
    expect(r.study.id).toBe('cherkin2011');
  });
});

describe('lists', () => {
  const STUDIES = `query($f: StudyFilter, $first: Int, $after: String) {
    studies(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id year design sampleSize } } }`;

  test('pages through all studies with cursors, newest first, without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const { studies } = await data(STUDIES, { first: 7, after });
      total = studies.totalCount;
      seen.push(...studies.nodes.map((s: any) => s.id));
      after = studies.pageInfo.hasNextPage ? studies.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBeGreaterThan(20);
  });

  test('filters by design, year range and minimum sample size', async () => {
    const { studies } = await data(STUDIES, { f: { designs: ['RCT'], yearFrom: 2005, yearTo: 2015, minSampleSize: 100 } });
    expect(studies.totalCount).toBeGreaterThan(0);
    for (const s of studies.nodes) {
      expect(s).toMatchObject({ design: 'RCT' });
      expect(s.year).toBeGreaterThanOrEqual(2005);
      expect(s.year).toBeLessThanOrEqual(2015);
      expect(s.sampleSize).toBeGreaterThanOrEqual(100);
    }
  });

  test('filters studies through their evidence: claim, stance, timepoint, technique', async () => {
    const { studies } = await data(STUDIES, { f: { stance: 'CONTRADICTS', timepoint: '52 weeks' } });
    expect(studies.nodes.map((s: any) => s.id)).toContain('cherkin2011');
    const all = (await data(STUDIES, {})).studies.totalCount;
    const byTechnique = (await data(STUDIES, { f: { techniqueId: 'swedish-massage' } })).studies.totalCount;
    expect(byTechnique).toBeGreaterThan(0);
    expect(byTechnique).toBeLessThan(all);
  });

  test('a bad cursor, a page too large or an inverted year range is BAD_USER_INPUT', async () => {
    expect(codes(await q(STUDIES, { after: 'garbage' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await q(STUDIES, { first: 1000 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await q(STUDIES, { f: { yearFrom: 2020, yearTo: 2000 } }))).toEqual(['BAD_USER_INPUT']);
  });

  test('claims filter by technique, condition, contested and asserted-not-studied', async () => {
    const r = await data(`{
      contested: claims(filter: {contested: true}, first: 100) { totalCount nodes { summary { contested } } }
      unstudied: claims(filter: {assertedNotStudied: true}, first: 100) { totalCount nodes { summary { assertedNotStudied studies } } }
      swedish: claims(filter: {techniqueId: "swedish-massage"}) { totalCount nodes { techniques { id } } }
      chronic: claims(filter: {conditionId: "chronic-low-back-pain", stance: SUPPORTS, designs: [RCT]}) { totalCount }
      all: claims { totalCount } }`);
    expect(r.contested.totalCount).toBeGreaterThan(0);
    for (const c of r.contested.nodes) expect(c.summary.contested).toBe(true);
    expect(r.unstudied.nodes.length).toBeGreaterThan(0);
    expect(r.unstudied.nodes).toHaveLength(r.unstudied.totalCount);
    for (const c of r.unstudied.nodes) expect(c.summary).toMatchObject({ assertedNotStudied: true, studies: 0 });
    expect(r.swedish.nodes.length).toBeGreaterThan(0);
    for (const c of r.swedish.nodes) expect(c.techniques.map((t: any) => t.id)).toContain('swedish-massage');
    expect(r.chronic.totalCount).toBeGreaterThan(0);
    expect(r.chronic.totalCount).toBeLessThan(r.all.totalCount);
  });

  test('techniques, conditions, mechanisms, outcomes and sources list with totals and name filters', async () => {
    const r = await data(`{
      techniques(filter: {nameContains: "SWED"}) { totalCount nodes { name aliases } }
      conditions(first: 2) { totalCount nodes { id } pageInfo { hasNextPage } }
      mechanisms { totalCount } outcomes { totalCount } sources { totalCount nodes { title } } }`);
    expect(r.techniques.nodes.map((t: any) => t.name)).toContain('Swedish massage');
    expect(r.conditions).toMatchObject({ nodes: [expect.anything(), expect.anything()], pageInfo: { hasNextPage: true } });
    expect(r.sources.totalCount).toBe(5);
    expect(r.mechanisms.totalCount).toBeGreaterThan(0);
    expect(r.outcomes.totalCount).toBeGreaterThan(0);
  });
});

describe('a claim with its evidence', () => {
  const CLAIM = `query($id: ID!, $f: EvidenceFilter) { claim(id: $id) {
    statement direction techniques { id } conditions { id } outcomes { id } mechanisms { id }
    evidence(filter: $f) { id stance quote timepoint effect sourceUrl study { id design sampleSize } }
    assertedBy { quote source { id title } }
    summary(filter: $f) { supporting contradicting qualifying studies byDesign { design count } balance certainty reason rule assertedNotStudied contested assertions excluded { stance } } } }`;

  test('lists supporting, contradicting and qualifying findings with quotes, and a summary that adds up (counted + not counted)', async () => {
    const { claim } = await data(CLAIM, { id: 'massage-reduces-pain-chronic-lbp-short-term' });
    const byStance = (s: string) => claim.evidence.filter((e: any) => e.stance === s).length;
    const left = (s: string) => claim.summary.excluded.filter((e: any) => e.stance === s).length;
    expect({ supporting: claim.summary.supporting + left('SUPPORTS'), contradicting: claim.summary.contradicting + left('CONTRADICTS'), qualifying: claim.summary.qualifying + left('QUALIFIES') }).toEqual({
      supporting: byStance('SUPPORTS'),
      contradicting: byStance('CONTRADICTS'),
      qualifying: byStance('QUALIFIES'),
    });
    expect(claim.evidence.length).toBeGreaterThan(2);
    for (const e of claim.evidence) expect(e.quote.length && e.sourceUrl.startsWith('http')).toBeTruthy();
    expect(claim.summary.balance).toBeGreaterThanOrEqual(-1);
    expect(claim.summary.balance).toBeLessThanOrEqual(1);
    expect(claim.summary.rule).toMatch(/evigraph-grade-v2/);
    expect(claim.techniques.length).toBeGreaterThan(0);
  });

  test('the filter narrows both the evidence and the summary', async () => {
    const { claim } = await data(CLAIM, { id: 'massage-reduces-pain-chronic-lbp-short-term', f: { stances: ['SUPPORTS'], designs: ['RCT'] } });
    expect(claim.evidence.length).toBeGreaterThan(0);
    for (const e of claim.evidence) expect([e.stance, e.study.design]).toEqual(['SUPPORTS', 'RCT']);
    expect(claim.summary).toMatchObject({ contradicting: 0, qualifying: 0, supporting: claim.evidence.length });
  });

  test('a claim only articles assert is flagged asserted-not-studied, with no certainty level', async () => {
    const { claims } = await data(`{ claims(filter: {assertedNotStudied: true}, first: 1) { nodes { id } } }`);
    const { claim } = await data(CLAIM, { id: claims.nodes[0].id });
    expect(claim.evidence).toEqual([]);
    expect(claim.assertedBy.length).toBeGreaterThan(0);
    expect(claim.summary).toMatchObject({ assertedNotStudied: true, certainty: null, studies: 0, assertions: claim.assertedBy.length });
    expect(claim.summary.reason).toMatch(/^no study in this graph — asserted by \d+ articles?$/);
  });

  test('a contested claim has studies both ways', async () => {
    const { claims } = await data(`{ claims(filter: {contested: true}, first: 1) { nodes { id } } }`);
    const { claim } = await data(CLAIM, { id: claims.nodes[0].id });
    expect(claim.summary).toMatchObject({ contested: true });
    expect(claim.summary.supporting * claim.summary.contradicting).toBeGreaterThan(0);
  });

  test('a study lists its evidence and who cites it', async () => {
    const { study } = await data(`{ study(id: "cherkin2011") { authors doi evidence(stance: CONTRADICTS) { stance claim { id } } citedBy { printed hasDiscrepancy source { id } } } }`);
    expect(study.authors[0]).toBe('Cherkin DC');
    expect(study.evidence.length).toBeGreaterThan(0);
    for (const e of study.evidence) expect(e.stance).toBe('CONTRADICTS');
    expect(study.citedBy.length).toBeGreaterThan(0);
  });
});

describe('a technique', () => {
  test('has its claims, mechanisms, conditions and parts; contraindications name a condition and a quote', async () => {
    const { technique } = await data(`{ technique(id: "swedish-massage") { name claims { id } mechanisms { id } usedFor { id } parts { id partOf { id } } contraindications { id } } }`);
    expect(technique.claims.length).toBeGreaterThan(0);
    expect(technique.mechanisms.length).toBeGreaterThan(0);
    expect(technique.usedFor.length).toBeGreaterThan(0);
    expect(technique.parts.every((p: any) => p.partOf.id === 'swedish-massage')).toBe(true);
    const { techniques } = await data(`{ techniques(first: 100) { nodes { id contraindications { level quote technique { id } condition { id contraindicatedTechniques { id } } } } } }`);
    const withCi = techniques.nodes.filter((t: any) => t.contraindications.length);
    expect(withCi.length).toBeGreaterThan(0);
    const ci = withCi[0].contraindications[0];
    expect(ci.quote.length).toBeGreaterThan(0);
    expect(ci.condition.contraindicatedTechniques.length).toBeGreaterThan(0);
  });
});

describe('graphs', () => {
  const HOOD = `query($ids: [ID!]!, $depth: Int, $f: GraphFilter, $limit: Int) { neighbourhood(ids: $ids, depth: $depth, filter: $f, limit: $limit) {
    omittedNodes truncated nodes { data { id kind label weight degree design } classes } edges { data { id source target kind stance weight quote } classes } } }`;

  test('depth 1 around a study: the study, its claims, its citing articles, and edges only among them', async () => {
    const { neighbourhood: g } = await data(HOOD, { ids: ['cherkin2011'] });
    const ids = new Set(g.nodes.map((n: any) => n.data.id));
    expect(ids.has('cherkin2011')).toBe(true);
    expect(g.nodes.find((n: any) => n.data.id === 'cherkin2011').classes).toContain('start');
    for (const e of g.edges) expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
    const evidence = g.edges.filter((e: any) => e.data.stance);
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence[0].classes).toContain('evidence');
    expect(g).toMatchObject({ omittedNodes: 0, truncated: false });
  });

  test("an article's citation edge carries the reference as printed and where it disagrees with the verified record", async () => {
    const { neighbourhood: g } = await data(
      `{ neighbourhood(ids: ["boulanger2012"]) { edges { data { kind quote discrepancies } classes } } }`,
    );
    const cites = g.edges.find((e: any) => e.data.kind === 'CITES');
    expect(cites.classes).toContain('discrepancy');
    expect(cites.data.quote).toContain('10.3822/ijtmb.v5i3.1767');
    expect(cites.data.discrepancies.join(' ')).toMatch(/doi.*10\.3822\/ijtmb\.v5i3\.176"/);
  });

  test('a hub at depth 3 is capped at the limit with an honest count of what was left out', async () => {
    const full = (await data(HOOD, { ids: ['massage'], depth: 3, limit: 500 })).neighbourhood;
    const capped = (await data(HOOD, { ids: ['massage'], depth: 3, limit: 20 })).neighbourhood;
    expect(capped.nodes).toHaveLength(20);
    expect(capped.truncated).toBe(true);
    expect(capped.omittedNodes).toBe(full.nodes.length + full.omittedNodes - 20);
  });

  test('the filter keeps only the kinds and stances asked for', async () => {
    const { neighbourhood: g } = await data(HOOD, { ids: ['massage-reduces-pain-chronic-lbp-short-term'], f: { kinds: ['STUDY'], stances: ['SUPPORTS'] } });
    expect(g.nodes.filter((n: any) => n.data.kind !== 'CLAIM').every((n: any) => n.data.kind === 'STUDY')).toBe(true);
    const evidence = g.edges.filter((e: any) => ['SUPPORTS', 'CONTRADICTS', 'QUALIFIES'].includes(e.data.kind));
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((e: any) => e.data.kind === 'SUPPORTS')).toBe(true);
    // What else is drawn links two kept studies (a review includes a trial): structure, not a stance.
    expect(g.edges.filter((e: any) => !evidence.includes(e)).every((e: any) => ['UPDATES', 'REPUBLISHES', 'INCLUDES'].includes(e.data.kind))).toBe(true);
  });

  test.each([
    [{ ids: ['massage'], depth: 4 }],
    [{ ids: ['massage'], limit: 501 }],
    [{ ids: [] }],
  ])('out-of-range arguments %j are BAD_USER_INPUT', async (vars) => {
    expect(codes(await q(HOOD, vars))).toEqual(['BAD_USER_INPUT']);
  });

  test('an unknown start node is NOT_FOUND', async () => {
    expect(codes(await q(HOOD, { ids: ['nope'] }))).toEqual(['NOT_FOUND']);
  });

  test('paths join two nodes in the same graph shape', async () => {
    const { paths } = await data(`{ paths(from: "cherkin2011", to: "swedish-massage") { nodes { data { id } } edges { data { source target kind } } } }`);
    const ids = paths.nodes.map((n: any) => n.data.id);
    expect(ids).toEqual(expect.arrayContaining(['cherkin2011', 'swedish-massage']));
    expect(paths.edges.length).toBeGreaterThanOrEqual(2);
    expect(codes(await q(`{ paths(from: "cherkin2011", to: "nope") { nodes { data { id } } } }`))).toEqual(['NOT_FOUND']);
    expect(codes(await q(`{ paths(from: "cherkin2011", to: "cherkin2011") { nodes { data { id } } } }`))).toEqual(['BAD_USER_INPUT']);
  });

  test('evidence map: technique × condition and × outcome cells with counts, balance and certainty', async () => {
    const r = await data(`{
      c: evidenceMap(rows: TECHNIQUE, columns: CONDITION) { rows { id label } columns { id } cells { row column studies balance certainty claims supporting contradicting qualifying } }
      o: evidenceMap(rows: TECHNIQUE, columns: OUTCOME, filter: {designs: [RCT]}) { cells { studies } } }`);
    const cell = r.c.cells.find((c: any) => c.row === 'massage' && c.column === 'chronic-low-back-pain');
    expect(cell.studies).toBeGreaterThan(0);
    expect(cell.claims.length).toBeGreaterThan(0);
    expect(Math.abs(cell.balance)).toBeLessThanOrEqual(1);
    expect(r.c.rows.map((x: any) => x.id)).toContain('massage');
    expect(r.o.cells.length).toBeGreaterThan(0);
    expect(r.o.cells.every((c: any) => c.studies > 0)).toBe(true);
    expect(codes(await q(`{ evidenceMap(rows: TECHNIQUE, columns: TECHNIQUE) { cells { row } } }`))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('counts and server info', () => {
  test('counts nodes by label and relationships by type', async () => {
    const { counts } = await data(`{ counts { nodes { label count } relationships { label count } } }`);
    const [{ c }] = (await db.read<{ c: number }>('T', 'MATCH (n:Claim) RETURN count(n) AS c')) as [{ c: number }];
    expect(counts.nodes).toContainEqual({ label: 'Claim', count: c });
    expect(counts.relationships.map((r: any) => r.label)).toEqual(expect.arrayContaining(['SUPPORTS', 'ASSERTS', 'ABOUT']));
  });

  test('serverInfo reports writes and limits', async () => {
    const { serverInfo } = await data(`{ serverInfo { writesEnabled maxDepth maxAliases maxCost } }`);
    expect(serverInfo).toMatchObject({ writesEnabled: true, maxDepth: expect.any(Number) });
  });
});
