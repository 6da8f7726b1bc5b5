import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parse as parseBibtex, type Creator } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { loadConfig } from '../../server/src/config.js';
import { createApp, type App } from '../../server/src/app.js';
import { silentLog } from '../../server/src/log.js';
import type { Db } from '../../server/src/db/db.js';
import { createTestDb, resetAndSeed } from '../support/test-db.js';

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
const pages = (p: unknown) => String(p ?? '').replace(/[–—]|--/g, '-');

beforeAll(async () => {
  db = createTestDb();
  await resetAndSeed(db);
  const target = inject('neo4j');
  const config = loadConfig({ ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password });
  app = createApp({ config, db, log: silentLog });
  studies = (
    await db.read<{ s: GraphStudy }>('TEST_ALL_STUDIES', 'MATCH (s:Study) RETURN s { .id, .title, .authors, .year, .journal, .doi } AS s ORDER BY s.id')
  ).map((r) => r.s);
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
        journal: s.journal ?? null,
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
        journal: s.journal ?? null,
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
      }).toEqual({ ...s, journal: s.journal ?? null, doi: s.doi ?? null, url: s.doi ? `https://doi.org/${s.doi}` : null });
    }
    expect(items).toHaveLength(studies.length);
  });

  test('APA and Vancouver name every study with its title and year', async () => {
    const ids = studies.map((s) => s.id);
    const [apa, vancouver] = await Promise.all([content({ ids, format: 'APA' }), content({ ids, format: 'VANCOUVER' })]);
    for (const s of studies) {
      expect(apa).toContain(`(${s.year}). ${s.title}`);
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
      'Cherkin, D. C., Sherman, K. J., Kahn, J., Wellman, R., Cook, A. J., Johnson, E., Erro, J., Delaney, K., & Deyo, R. A. (2011). A comparison of the effects of 2 types of massage and usual care on chronic low back pain: a randomized, controlled trial. Ann Intern Med, 155(1), 1–9. https://doi.org/10.7326/0003-4819-155-1-201107050-00002',
    ],
    [
      'cherkin2011',
      'VANCOUVER',
      '1. Cherkin DC, Sherman KJ, Kahn J, Wellman R, Cook AJ, Johnson E, et al. A comparison of the effects of 2 types of massage and usual care on chronic low back pain: a randomized, controlled trial. Ann Intern Med. 2011;155(1):1–9. doi:10.7326/0003-4819-155-1-201107050-00002',
    ],
    [
      'furlan2015cochrane',
      'APA',
      'Furlan, A. D., Giraldo, M., Baskwill, A., Irvin, E., & Imamura, M. (2015). Massage for low-back pain. Cochrane Database Syst Rev, 2015(9), CD001929. https://doi.org/10.1002/14651858.CD001929.pub3',
    ],
    [
      'furlan2015cochrane',
      'VANCOUVER',
      '1. Furlan AD, Giraldo M, Baskwill A, Irvin E, Imamura M. Massage for low-back pain. Cochrane Database Syst Rev. 2015;2015(9):CD001929. doi:10.1002/14651858.CD001929.pub3 PubMed PMID: 26329399; PubMed Central PMCID: PMC8734598.',
    ],
  ])('%s in %s is the complete expected entry', async (id, format, expected) => {
    expect(await content({ ids: [id], format })).toBe(`${expected}\n`);
  });
});
