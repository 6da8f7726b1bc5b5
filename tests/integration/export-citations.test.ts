import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parse as parseBibtex, type Creator } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { loadConfig } from '../../server/src/config.js';
import { createApp, type App } from '../../server/src/app.js';
import { silentLog } from '../../server/src/log.js';
import type { Db } from '../../server/src/db/db.js';
import { createTestDb, resetAndSeed } from '../support/test-db.js';
import { NOT_COUNTED, strongestStance } from '../../server/src/export/citation-groups.js';
import { dataOf, gql as gqlAt } from './api-client.js';
import { toSentenceCase } from '../../server/src/export/sentence-case.js';

interface GraphStudy {
  id: string;
  title: string;
  authors: string[];
  year: number;
  journal: string | null;
  doi: string | null;
}

const CITATIONS = /* GraphQL */ `
  query Citations($claimId: ID, $ids: [ID!], $format: CitationFormat!) {
    citations(claimId: $claimId, ids: $ids, format: $format) { format content mimeType fileName downloadUrl studyIds }
  }`;

let db: Db;
let app: App;
let studies: GraphStudy[];
/** The full journal title where the graph has one (APA prints it instead of the abbreviation). */
let journalFull: Map<string, string | null>;
const apaJournal = (id: string, abbreviation: string) => journalFull.get(id) ?? abbreviation;

async function gql(variables: Record<string, unknown>) {
  const res = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: CITATIONS, variables }),
  });
  return (await res.json()) as { data?: { citations: Record<string, any> }; errors?: { extensions: { code: string } }[] };
}

async function content(variables: Record<string, unknown>): Promise<string> {
  const out = await gql(variables);
  expect(out.errors).toBeUndefined();
  return out.data!.citations.content;
}

// "Cherkin DC" ↔ family "Cherkin" + given "D. C."; an organisation is compared by its whole name.
const initials = (given = '') => given.split(/[\s.]+/).filter(Boolean).map((p) => (/^[A-Z]{1,4}$/.test(p) ? p : p[0]!.toUpperCase())).join('');
const graphAuthor = (family: string, given?: string) => [family, initials(given)].filter(Boolean).join(' ');
const fromBibtex = (c: Creator) => (c.name ? c.name : graphAuthor([c.prefix, c.lastName].filter(Boolean).join(' '), c.firstName));
const fromRis = (a: { family?: string; given?: string; literal?: string }, expected: string) =>
  a.literal ?? (/\s[A-Z]{1,4}$/.test(expected) ? graphAuthor(a.family ?? '', a.given) : [a.given, a.family].filter(Boolean).join(' '));

beforeAll(async () => {
  db = createTestDb();
  await resetAndSeed(db);
  const target = inject('neo4j');
  const config = loadConfig({ ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password });
  app = createApp({ config, db, log: silentLog });
  studies = (
    await db.read<{ s: GraphStudy }>('TEST_ALL_STUDIES', 'MATCH (s:Study) RETURN s { .id, .title, .authors, .year, .journal, .doi } AS s ORDER BY s.id')
  ).map((r) => r.s);
  const full = await db.read<{ id: string; journalFull: string | null }>('TEST_JOURNAL_FULL', 'MATCH (s:Study) RETURN s.id AS id, s.journalFull AS journalFull');
  journalFull = new Map(full.map((r) => [r.id, r.journalFull]));
});

afterAll(async () => {
  await db.close();
});

describe('citation export of every seeded study, read back by independent parsers', () => {
  test('BibTeX parsed by @retorquere/bibtex-parser has each study\'s authors, title, year, journal and DOI', async () => {
    const lib = parseBibtex(await content({ ids: studies.map((s) => s.id), format: 'BIBTEX' }), { sentenceCase: false });
    expect(lib.errors).toEqual([]);
    expect(lib.entries.map((e) => e.key).sort()).toEqual(studies.map((s) => s.id));
    for (const s of studies) {
      const e = lib.entries.find((x) => x.key === s.id)!;
      expect({ id: s.id, authors: (e.fields.author ?? []).map(fromBibtex) }).toEqual({ id: s.id, authors: s.authors });
      expect({ id: s.id, title: e.fields.title, year: Number(e.fields.year), journal: e.fields.journal ?? null, doi: e.fields.doi ?? null }).toEqual({
        id: s.id,
        title: s.title,
        year: s.year,
        // The full title where the graph has one, as reference managers want it (the abbreviation goes in J2 / container-title-short).
        journal: journalFull.get(s.id) ?? s.journal ?? null,
        doi: s.doi ?? null,
      });
    }
  });

  test('RIS parsed by astrocite-ris has each study\'s authors, title, year, journal and DOI', async () => {
    const items = parseRis(await content({ ids: studies.map((s) => s.id), format: 'RIS' })) as any[];
    expect(items.map((i) => i.id).sort()).toEqual(studies.map((s) => s.id));
    for (const s of studies) {
      const i = items.find((x) => x.id === s.id)!;
      expect({ id: s.id, authors: (i.author ?? []).map((a: any, n: number) => fromRis(a, s.authors[n]!)) }).toEqual({ id: s.id, authors: s.authors });
      expect({ id: s.id, title: i.title, year: Number(i.issued['date-parts'][0][0]), journal: i['container-title'] ?? null, doi: i.DOI ?? null }).toEqual({
        id: s.id,
        title: s.title,
        year: s.year,
        // The full title where the graph has one, as reference managers want it (the abbreviation goes in J2 / container-title-short).
        journal: journalFull.get(s.id) ?? s.journal ?? null,
        doi: s.doi ?? null,
      });
    }
  });

  test('CSL-JSON parsed by JSON.parse has each study\'s authors, title, year, journal, DOI and DOI link', async () => {
    const items = JSON.parse(await content({ ids: studies.map((s) => s.id), format: 'CSL_JSON' })) as any[];
    for (const s of studies) {
      const i = items.find((x) => x.id === s.id)!;
      expect({
        id: s.id,
        authors: (i.author ?? []).map((a: any) => a.literal ?? graphAuthor(a.family, a.given)),
        title: i.title,
        year: i.issued['date-parts'][0][0],
        journal: i['container-title'] ?? null,
        doi: i.DOI ?? null,
        url: i.URL?.startsWith('https://doi.org/') ? i.URL : null,
      }).toEqual({ ...s, journal: journalFull.get(s.id) ?? s.journal ?? null, doi: s.doi ?? null, url: s.doi ? `https://doi.org/${s.doi}` : null });
    }
    expect(items).toHaveLength(studies.length);
  });

  test('APA and Vancouver name every study with its title and year', async () => {
    const ids = studies.map((s) => s.id);
    const apa = await content({ ids, format: 'APA' });
    const vancouver = await content({ ids, format: 'VANCOUVER' });
    for (const s of studies) {
      expect(apa).toContain(`(${s.year}). ${toSentenceCase(s.title)}`);
      expect(vancouver).toContain(s.title);
    }
    expect(vancouver.trim().split('\n')).toHaveLength(studies.length);
  });
});

describe('formatted bibliographies', () => {
  test.each([
    [
      'cherkin2011',
      'APA',
      () =>
        `Cherkin, D. C., Sherman, K. J., Kahn, J., Wellman, R., Cook, A. J., Johnson, E., Erro, J., Delaney, K., & Deyo, R. A. (2011). A comparison of the effects of 2 types of massage and usual care on chronic low back pain: A randomized, controlled trial. ${apaJournal('cherkin2011', 'Ann Intern Med')}, 155(1), 1–9. https://doi.org/10.7326/0003-4819-155-1-201107050-00002`,
    ],
    [
      'cherkin2011',
      'VANCOUVER',
      () => '1. Cherkin DC, Sherman KJ, Kahn J, Wellman R, Cook AJ, Johnson E, et al. A comparison of the effects of 2 types of massage and usual care on chronic low back pain: a randomized, controlled trial. Ann Intern Med. 2011;155(1):1–9. doi:10.7326/0003-4819-155-1-201107050-00002 PubMed PMID: 21727288.',
    ],
    [
      'furlan2015cochrane',
      'APA',
      () =>
        `Furlan, A. D., Giraldo, M., Baskwill, A., Irvin, E., & Imamura, M. (2015). Massage for low-back pain. ${apaJournal('furlan2015cochrane', 'Cochrane Database Syst Rev')}, 2015(9), CD001929. https://doi.org/10.1002/14651858.CD001929.pub3`,
    ],
    [
      'furlan2015cochrane',
      'VANCOUVER',
      () => '1. Furlan AD, Giraldo M, Baskwill A, Irvin E, Imamura M. Massage for low-back pain. Cochrane Database Syst Rev. 2015;2015(9):CD001929. doi:10.1002/14651858.CD001929.pub3 PubMed PMID: 26329399; PubMed Central PMCID: PMC8734598.',
    ],
  ])('%s in %s is the complete expected entry', async (id, format, expected) => {
    expect(await content({ ids: [id], format })).toBe(`${expected()}\n`);
  });
});

describe('a claim\'s citations grouped by stance', () => {
  const claimId = 'massage-effective-for-low-back-pain';
  const heading = { SUPPORTS: 'Supporting', CONTRADICTS: 'Contradicting', QUALIFIES: 'Qualifying' } as const;
  type Stance = keyof typeof heading;
  /** Every finding's stance, per study. */
  let findings: Map<string, Stance[]>;
  /** Study ids under each heading: the stance of the study's strongest finding; studies the claim does not count last. */
  let groups: Map<string, string[]>;
  /** The claim's words, which notes use instead of its id. */
  let statement: string;

  beforeAll(async () => {
    const rows = await db.read<{ id: string; stance: Stance }>(
      'TEST_CLAIM_STANCES',
      'MATCH (:Claim {id: $claimId})<-[e:SUPPORTS|CONTRADICTS|QUALIFIES]-(s:Study) RETURN s.id AS id, type(e) AS stance',
      { claimId },
    );
    findings = new Map();
    for (const r of rows) findings.set(r.id, [...(findings.get(r.id) ?? []), r.stance]);
    const { claim } = dataOf(await gqlAt(app, `query($id: ID!) { claim(id: $id) { statement summary { excluded { studyId } } evidence { id study { id } } } }`, { id: claimId }));
    statement = claim.statement;
    const excludedEdges = new Set(claim.summary.excluded.map((e: any) => e.studyId));
    const uncounted = [...findings.keys()].filter((id) => excludedEdges.has(id) && claim.summary.excluded.filter((e: any) => e.studyId === id).length === findings.get(id)!.length);
    expect(uncounted.length).toBeGreaterThan(0);
    groups = new Map();
    for (const [id, f] of findings) {
      const h = uncounted.includes(id) ? NOT_COUNTED : heading[strongestStance(f)!];
      groups.set(h, [...(groups.get(h) ?? []), id].sort());
    }
  });

  const HEADINGS = [...Object.values(heading), 'Other studies', NOT_COUNTED];

  test('the claim has a study with findings on more than one side, so grouping once is tested', () => {
    expect([...findings.values()].some((f) => new Set(f).size > 1)).toBe(true);
  });

  test('APA lists each study once, under the heading of its strongest finding', async () => {
    const text = await content({ claimId, format: 'APA' });
    const sections = text.trim().split(/\n\n(?=Supporting|Contradicting|Qualifying|Other studies|Not counted)/);
    const byHeading = new Map(sections.map((sec) => [sec.split('\n')[0]!, sec.split('\n').slice(2)]));
    expect([...byHeading.keys()]).toEqual(HEADINGS.filter((h) => groups.has(h)));
    for (const [h, ids] of groups) {
      const lines = byHeading.get(h)!;
      expect({ h, n: lines.length }).toEqual({ h, n: ids.length });
      for (const id of ids) expect(lines.some((l) => l.includes(toSentenceCase(studies.find((s) => s.id === id)!.title)))).toBe(true);
    }
  });

  test('RIS keeps each study once and tags it with every stance it takes on the claim', async () => {
    const out = (await gql({ claimId, format: 'RIS' })).data!.citations;
    const items = parseRis(out.content) as any[];
    const all = [...findings.keys()].sort();
    expect(items.map((i) => i.id).sort()).toEqual(all);
    expect([...out.studyIds].sort()).toEqual(all);
    for (const i of items) {
      const expected = [...new Set(findings.get(i.id))].map((st) => `evigraph:${st === 'SUPPORTS' ? 'supports' : st === 'CONTRADICTS' ? 'contradicts' : 'qualifies'}:${claimId}`);
      expect(i.keyword.filter((k: string) => k.startsWith('evigraph:')).sort()).toEqual(expected.sort());
    }
  });

  test('BibTeX opens each stance with a comment listing its studies, carries the stances in keywords, and adds listed studies under "Other studies"', async () => {
    const other = studies.find((s) => !findings.has(s.id))!.id;
    const lib = parseBibtex(await content({ claimId, ids: [other], format: 'BIBTEX' }), { sentenceCase: false });
    expect(lib.errors).toEqual([]);
    const withOther = new Map([...groups, ['Other studies', [other]]]);
    const expected = HEADINGS.filter((h) => withOther.has(h)).map((h) => `${h}: ${withOther.get(h)!.join(', ')}`);
    const comments = lib.comments.map((c) => c.replace(/: ([^:]*)$/, (_, ids: string) => `: ${ids.split(', ').sort().join(', ')}`));
    expect(comments).toEqual(expected);
    expect(lib.entries.map((e) => e.key).sort()).toEqual([...findings.keys(), other].sort());
    expect(lib.entries.at(-1)!.fields.note).toMatch(/^Not counted on “/);
    const both = [...findings].find(([, f]) => new Set(f).size > 1)![0];
    const entry = lib.entries.find((e) => e.key === both)!;
    expect(String(entry.fields.keywords)).toMatch(new RegExp(`evigraph:\\w+:${claimId}.*evigraph:\\w+:${claimId}`));
    expect(String(entry.fields.note)).toContain(`Findings on “${statement}”:`);
    expect(lib.entries.map((e) => String(e.fields.note ?? '')).join(' ')).not.toContain(claimId);
  });
});

describe('download URL', () => {
  const get = (query: string) => app.fetch(`http://localhost/export/citations?${query}`);

  test.each([
    ['bibtex', 'application/x-bibtex', 'claim-massage-effective-for-low-back-pain-supporting-contradicting-qualifying.bib', 'BIBTEX'],
    ['ris', 'application/x-research-info-systems', 'claim-massage-effective-for-low-back-pain-supporting-contradicting-qualifying.ris', 'RIS'],
    ['csl-json', 'application/vnd.citationstyles.csl+json', 'claim-massage-effective-for-low-back-pain-supporting-contradicting-qualifying.json', 'CSL_JSON'],
    ['apa', 'text/plain', 'claim-massage-effective-for-low-back-pain-supporting-contradicting-qualifying-apa.txt', 'APA'],
    ['vancouver', 'text/plain', 'claim-massage-effective-for-low-back-pain-supporting-contradicting-qualifying-vancouver.txt', 'VANCOUVER'],
  ])('format=%s downloads the same export as %s with its type and file name', async (param, type, fileName, format) => {
    const claimId = 'massage-effective-for-low-back-pain';
    const res = await get(`claimId=${claimId}&format=${param}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')!.split(';')[0]).toBe(type);
    expect(res.headers.get('content-disposition')).toContain(`filename="${fileName}"`);
    const viaGraphql = (await gql({ claimId, format })).data!.citations;
    expect(await res.text()).toBe(viaGraphql.content);
    expect(viaGraphql.fileName).toBe(fileName);
    expect(viaGraphql.downloadUrl).toBe(`/export/citations?claimId=${claimId}&format=${param}`);
  });

  test('ids=a,b downloads those studies', async () => {
    const res = await get('ids=cherkin2011,furlan2015cochrane&format=ris');
    expect((parseRis(await res.text()) as any[]).map((i) => i.id)).toEqual(['furlan2015cochrane', 'cherkin2011']);
  });

  test.each([
    ['format=docx&ids=cherkin2011', 400, 'BAD_USER_INPUT'],
    ['format=ris', 400, 'BAD_USER_INPUT'],
    ['claimId=no-such-claim&format=ris', 404, 'NOT_FOUND'],
    ['ids=cherkin2011,no-such-study&format=bibtex', 404, 'NOT_FOUND'],
  ])('%s answers %i with code %s', async (query, status, code) => {
    const res = await get(query);
    expect(res.status).toBe(status);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe(code);
  });
});

describe('Query.citations errors', () => {
  test.each([
    [{ format: 'RIS' }, 'BAD_USER_INPUT'],
    [{ ids: [], format: 'RIS' }, 'BAD_USER_INPUT'],
    [{ claimId: '', format: 'RIS' }, 'BAD_USER_INPUT'],
    [{ claimId: 'no-such-claim', format: 'RIS' }, 'NOT_FOUND'],
    [{ ids: ['cherkin2011', 'no-such-study'], format: 'APA' }, 'NOT_FOUND'],
  ])('%j is %s', async (variables, code) => {
    const out = await gql(variables);
    expect(out.errors?.[0]?.extensions.code).toBe(code);
  });
});
