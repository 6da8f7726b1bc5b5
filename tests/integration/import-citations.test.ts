import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { createApp, type App } from '../../server/src/app.js';
import { silentLog } from '../../server/src/log.js';
import type { Db } from '../../server/src/db/db.js';
import { clearGraph, countAll, createTestDb, resetAndSeed } from '../support/test-db.js';

const TOKEN = 'import-test-curator-token-0123456789';
const CLAIM = 'massage-reduces-pain-chronic-lbp-short-term';
const FIELDS = '.id, .title, .authors, .authorsText, .year, .journal, .volume, .issue, .pages, .doi, .pmcid';

const IMPORT = /* GraphQL */ `
  mutation Import($format: ImportFormat!, $content: String!) {
    importCitations(format: $format, content: $content) {
      added { id title authors year journal doi design }
      duplicates
      flagged { entry existingId reason }
    }
  }`;

let db: Db;
let app: App;

async function gql(query: string, variables: Record<string, unknown>, token: string | null = TOKEN) {
  const res = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, any>; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

const importFile = (format: 'BIBTEX' | 'RIS', content: string, token?: string | null) => gql(IMPORT, { format, content }, token);

async function exportClaim(format: 'BIBTEX' | 'RIS'): Promise<string> {
  const out = await gql(`query($c: ID!, $f: CitationFormat!) { citations(claimId: $c, format: $f) { content } }`, { c: CLAIM, f: format });
  return out.data!.citations.content;
}

async function studiesInGraph(): Promise<Record<string, unknown>[]> {
  const rows = await db.read<{ s: Record<string, unknown> }>('TEST_STUDIES', `MATCH (s:Study) RETURN s { ${FIELDS}, .design } AS s ORDER BY s.id`);
  return rows.map((r) => r.s);
}

beforeAll(async () => {
  db = createTestDb();
  const target = inject('neo4j');
  const config = loadConfig({ ...process.env, EVIGRAPH_WRITE_TOKEN: TOKEN, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password });
  app = createApp({ config, db, log: silentLog });
});

afterAll(async () => {
  await db.close();
});

describe('round trip: export a claim, import into an empty database', () => {
  let seeded: Record<string, unknown>[];
  let fullJournals: { id: string; journal: string | null }[];
  let bibtex: string;
  let ris: string;

  beforeAll(async () => {
    await resetAndSeed(db);
    bibtex = await exportClaim('BIBTEX');
    ris = await exportClaim('RIS');
    const ids = (await db.read<{ id: string }>('TEST_CLAIM_STUDIES', `MATCH (:Claim {id: $c})<-[:SUPPORTS|CONTRADICTS|QUALIFIES]-(s:Study) RETURN DISTINCT s.id AS id`, { c: CLAIM })).map((r) => r.id);
    seeded = (await studiesInGraph()).filter((s) => ids.includes(s.id as string));
    fullJournals = await db.read<{ id: string; journal: string | null }>(
      'TEST_FULL_JOURNALS',
      'UNWIND $ids AS id MATCH (s:Study {id: id}) RETURN id, coalesce(s.journalFull, s.journal) AS journal ORDER BY id',
      { ids: seeded.map((s) => s.id) },
    );
    expect(seeded.length).toBeGreaterThan(3);
  });

  beforeEach(async () => {
    await clearGraph(db);
  });

  test('BibTeX gives the same studies (ids and bibliographic fields); importing it again adds nothing', async () => {
    const first = await importFile('BIBTEX', bibtex);
    expect(first.errors).toBeUndefined();
    expect(first.data!.importCitations.added.map((s: { id: string }) => s.id).sort()).toEqual(seeded.map((s) => s.id));
    // Classic BibTeX (citation-js's mapping) carries no design and no PMCID: those stay empty. Its `journal` holds the
    // full title where the graph has one (APA 7 wants it), so the imported journal is that full title.
    const bibliographic = ({ design: _d, pmcid: _p, journal: _j, ...s }: Record<string, unknown>) => s;
    const imported = await studiesInGraph();
    expect(imported.map(bibliographic)).toEqual(seeded.map(bibliographic));
    expect(imported.map((s) => ({ id: s.id, journal: s.journal ?? null }))).toEqual(fullJournals);

    const before = await countAll(db);
    const second = await importFile('BIBTEX', bibtex);
    expect(second.data!.importCitations).toEqual({ added: [], duplicates: expect.any(Array), flagged: [] });
    expect([...second.data!.importCitations.duplicates].sort()).toEqual(seeded.map((s) => s.id));
    expect(await countAll(db)).toEqual(before);
  });

  test('RIS gives the same studies, designs included; importing it again adds nothing', async () => {
    const first = await importFile('RIS', ris);
    expect(first.errors).toBeUndefined();
    expect(await studiesInGraph()).toEqual(seeded);
    const second = await importFile('RIS', ris);
    expect(second.data!.importCitations.added).toEqual([]);
    expect((await studiesInGraph()).length).toBe(seeded.length);
  });
});

describe('duplicates and conflicts against the seeded graph', () => {
  beforeAll(async () => {
    await resetAndSeed(db);
  });

  test('a DOI written differently (case, https://doi.org/ prefix) is a duplicate of the study with that DOI', async () => {
    const out = await importFile(
      'BIBTEX',
      '@article{whatever, title = {Some other title}, year = {1999}, author = {Nobody, A.}, doi = {https://doi.org/10.7326/0003-4819-155-1-201107050-00002}}',
    );
    expect(out.data!.importCitations).toEqual({ added: [], duplicates: ['cherkin2011'], flagged: [] });
  });

  test('the same title and year without a DOI is a duplicate', async () => {
    const out = await importFile('RIS', 'TY  - JOUR\nTI  - MASSAGE FOR LOW-BACK PAIN!\nPY  - 2015\nER  - \n');
    expect(out.data!.importCitations.duplicates).toEqual(['furlan2015cochrane']);
  });

  test('the same title and year with another DOI is flagged, not merged', async () => {
    const before = await countAll(db);
    const out = await importFile('BIBTEX', '@article{furlanCopy, title = {Massage for low-back pain}, year = {2015}, doi = {10.9999/not-the-same}}');
    expect(out.data!.importCitations.added).toEqual([]);
    expect(out.data!.importCitations.duplicates).toEqual([]);
    expect(out.data!.importCitations.flagged).toEqual([{ entry: expect.stringContaining('furlanCopy'), existingId: 'furlan2015cochrane', reason: expect.stringContaining('10.9999/not-the-same') }]);
    expect(await countAll(db)).toEqual(before);
  });

  test('a new record gets a slug id, design from its keywords and the seed loader\'s properties', async () => {
    const out = await importFile(
      'RIS',
      'TY  - JOUR\nAU  - Müller, Hans-Peter\nAU  - Smith, J. K.\nTI  - A new trial of massage\nPY  - 2024\nT2  - Some Journal\nKW  - Randomized Controlled Trial\nDO  - 10.1234/NEW.2024\nER  - \n',
    );
    expect(out.data!.importCitations.added).toEqual([
      { id: 'muller2024', title: 'A new trial of massage', authors: ['Müller HP', 'Smith JK'], year: 2024, journal: 'Some Journal', doi: '10.1234/NEW.2024', design: 'RCT' },
    ]);
    const [row] = await db.read<{ s: Record<string, unknown> }>('TEST_NEW', 'MATCH (s:Study {id: "muller2024"}) RETURN s {.*} AS s');
    expect(row!.s).toMatchObject({ authorsText: 'Müller HP; Smith JK', design: 'rct', importedFrom: 'ris' });
    const again = await importFile('BIBTEX', '@article{x, title = {A New Trial of Massage}, year = {2024}, author = {Other, A.}}');
    expect(again.data!.importCitations.duplicates).toEqual(['muller2024']);
  });
});

describe('rejected imports write nothing', () => {
  beforeAll(async () => {
    await resetAndSeed(db);
  });

  test.each([
    ['BIBTEX', '@article{good1, title = {Fine}, year = {2001}}\n\n@article{bad2,\n  title = {Broken}\n  year = {2002}}', 'line 5 (entry "bad2")'],
    ['BIBTEX', '@article{good1, title = {Fine}, year = {2001}}\n@article{noyear, title = {No year here}}', 'noyear'],
    ['BIBTEX', '@article{dup, title = {A}, year = {2001}}\n@article{dup, title = {B}, year = {2002}}', 'dup'],
    ['BIBTEX', 'no entries at all', 'file'],
    ['BIBTEX', '@article{oldyear, title = {Year is not a year}, year = {20x1}}', 'oldyear'],
    ['RIS', 'TY  - JOUR\nTI  - Fine\nPY  - 2001\nER  - \nTY  - JOUR\nthis line is junk\nER  - \n', 'line 6'],
    ['RIS', 'TY  - JOUR\nTI  - Never ends\nPY  - 2001\n', 'line 1'],
    ['RIS', 'TY  - JOUR\nTI  - Fine\nPY  - 2001\nER  - \nTY  - JOUR\nTI  - No year\nER  - \n', 'line 5'],
  ] as const)('%s file %j is BAD_USER_INPUT naming %s', async (format, content, where) => {
    const before = await countAll(db);
    const out = await importFile(format, content);
    expect(out.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(String(out.errors![0]!.extensions.entry)).toContain(where);
    expect(await countAll(db)).toEqual(before);
  });

  const authors = Array.from({ length: 5_000 }, (_, i) => `Person${i}, A.`).join(' and ');
  test.each([
    ['a javascript: URL', `@article{jsurl, title = {Fine}, year = {2001}, url = {javascript:alert(1)}}`, 'jsurl', /url must be an http\(s\) URL/],
    ['year 2999', `@article{future, title = {Fine}, year = {2999}}`, 'future', /year 2999 is not plausible/],
    ['year 1000', `@article{past, title = {Fine}, year = {1000}}`, 'past', /year 1000 is not plausible/],
    ['5,000 authors', `@article{crowd, title = {Fine}, year = {2001}, author = {${authors}}}`, 'crowd', /5000 authors/],
    ['a 10,000-character key', `@article{${'k'.repeat(10_000)}, title = {Fine}, year = {2001}}`, 'kkkk', /key is longer than 100/],
    ['a 1 MB title', `@article{huge, title = {${'t'.repeat(1_000_000)}}, year = {2001}}`, 'huge', /title is longer than 1000/],
  ])('a file with %s beside a good record is refused whole, naming the entry', async (_, bad, where, problem) => {
    const before = await countAll(db);
    const out = await importFile('BIBTEX', `@article{goodone, title = {A good one}, year = {2001}}\n\n${bad}`);
    expect(out.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(String(out.errors![0]!.extensions.entry)).toContain(where);
    expect(out.errors![0]!.message).toMatch(problem);
    expect(out.errors![0]!.message.length).toBeLessThan(500);
    expect(await countAll(db)).toEqual(before);
  });

  test('control characters and terminal escapes are stripped from what is stored', async () => {
    const out = await importFile('BIBTEX', '@article{ctrl2001, title = {Clean\u0000 \u001b[31mtitle\u001b[0m}, year = {2001}}');
    expect(out.errors).toBeUndefined();
    const [row] = await db.read<{ title: string }>('T_CTRL', "MATCH (s:Study {id: 'ctrl2001'}) RETURN s.title AS title");
    expect(row!.title).toBe('Clean title');
  });

  test.each([
    ['no token', null],
    ['a wrong token', 'wrong-token'],
  ])('%s is UNAUTHENTICATED', async (_, token) => {
    const out = await importFile('BIBTEX', '@article{a, title = {A}, year = {2001}}', token);
    expect(out.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
