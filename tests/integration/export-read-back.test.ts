import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseRis } from 'astrocite-ris';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { toSentenceCase } from '../../server/src/export/sentence-case.js';
import { NEIGHBOURHOOD_GRAPH } from '../../web/src/api/queries.js';
import type { Graph } from '../../web/src/api/types.js';
import type { ExportGraph } from '../../web/src/export/export-graph.js';
import { toCytoscapeJson } from '../../web/src/export/to-cytoscape-json.js';
import { toGexf } from '../../web/src/export/to-gexf.js';
import { toGraphml } from '../../web/src/export/to-graphml.js';
import { toElements } from '../../web/src/graph/to-elements.js';
import { DEFAULT_FILTERS } from '../../web/src/state/view-state.js';
import { createSeededApp, dataOf, gql } from './api-client.js';
import { CSL_SCHEMA, ensurePythonReaders, readBack } from '../support/python-readers.js';

/** The seed's contested claim: studies on both sides, and studies with findings on both sides. */
const CONTESTED = 'massage-reduces-pain-chronic-lbp-long-term';

interface GraphStudy {
  id: string;
  title: string;
  year: number;
  journal: string | null;
  journalFull: string | null;
  pmid: string | null;
  pmcid: string | null;
  design: string;
  stances: string[];
}

const CITATIONS = /* GraphQL */ `
  query Citations($claimId: ID, $ids: [ID!], $format: CitationFormat!) {
    citations(claimId: $claimId, ids: $ids, format: $format) { content fileName studyIds }
  }`;

let db: Db;
let app: App;
let studies: GraphStudy[];
let contested: GraphStudy[];
/** One study per design in the graph, and every study without a journal (reports and guidelines). */
let everyDesign: string[];

const present = (v: string | null | undefined) => (v ?? '').trim() !== '';
const byId = (id: string) => studies.find((s) => s.id === id)!;

async function exportOf(scope: { claimId?: string; ids?: string[] }, format: string) {
  return dataOf(await gql<{ citations: { content: string; fileName: string; studyIds: string[] } }>(app, CITATIONS, { ...scope, format })).citations;
}

// Scopes are read when a test runs: the ids of the every-design list are known only after beforeAll.
const SCOPES = [
  ['the contested claim', () => ({ claimId: CONTESTED })],
  ['a list holding every design', () => ({ ids: everyDesign })],
] as const;

beforeAll(async () => {
  ensurePythonReaders();
  ({ db, app } = await createSeededApp());
  studies = (
    await db.read<{ s: GraphStudy }>(
      'TEST_STUDIES_FOR_READ_BACK',
      `MATCH (s:Study)
       RETURN s { .id, .title, .year, .journal, .journalFull, .pmid, .pmcid, .design,
                  stances: COLLECT { MATCH (s)-[e:SUPPORTS|CONTRADICTS|QUALIFIES]->(:Claim {id: $claim}) RETURN type(e) } } AS s
       ORDER BY s.id`,
      { claim: CONTESTED },
    )
  ).map((r) => r.s);
  contested = studies.filter((s) => s.stances.length > 0);
  const designs = [...new Set(studies.map((s) => s.design))];
  everyDesign = [...new Set([...designs.map((d) => studies.find((s) => s.design === d)!.id), ...studies.filter((s) => !present(s.journal)).map((s) => s.id)])];
});

afterAll(async () => {
  await db?.close();
});

describe('the fixtures cover what the read-back must prove', () => {
  test('the contested claim has studies on both sides and a study with findings on both sides; the list holds every design and reports without a journal', () => {
    expect(contested.some((s) => s.stances.includes('SUPPORTS'))).toBe(true);
    expect(contested.some((s) => s.stances.includes('CONTRADICTS'))).toBe(true);
    expect(contested.some((s) => new Set(s.stances).size > 1)).toBe(true);
    expect(new Set(everyDesign.map((id) => byId(id).design))).toEqual(new Set(studies.map((s) => s.design)));
    expect(everyDesign.filter((id) => !present(byId(id).journal)).length).toBeGreaterThanOrEqual(2);
  });
});

describe.each(SCOPES)('BibTeX of %s, rendered by pybtex (unsrt)', (_, scopeOf) => {
  test('every entry parses and renders, once each, with its title, keywords, PMID and PMCID', async () => {
    const scope = scopeOf();
    const out = await exportOf(scope, 'BIBTEX');
    const { entries } = readBack<{ entries: { key: string; type: string; fields: Record<string, string>; rendered: string }[] }>('bibtex', out.content, 'bib');
    expect(entries.map((e) => e.key).sort()).toEqual([...out.studyIds].sort());
    for (const e of entries) {
      const s = byId(e.key);
      // unsrt prints article titles in sentence case, so the title is compared without case.
      expect({ key: e.key, rendered: e.rendered.toLowerCase().includes(s.title.slice(0, 30).toLowerCase()) }).toEqual({ key: e.key, rendered: true });
      expect({ key: e.key, pmid: e.fields.pmid ?? null, pmcid: e.fields.pmcid ?? null }).toEqual({ key: e.key, pmid: present(s.pmid) ? s.pmid : null, pmcid: present(s.pmcid) ? s.pmcid : null });
      if (e.type === 'article') expect({ key: e.key, howpublished: e.fields.howpublished }).toEqual({ key: e.key, howpublished: undefined });
      if (!present(s.journal)) expect({ key: e.key, type: e.type, institution: e.fields.institution }).toEqual({ key: e.key, type: 'misc', institution: undefined });
      if ('claimId' in scope) {
        const verbs = { SUPPORTS: 'supports', CONTRADICTS: 'contradicts', QUALIFIES: 'qualifies' } as Record<string, string>;
        for (const st of new Set(s.stances)) expect(e.fields.keywords).toContain(`evigraph:${verbs[st]}:${CONTESTED}`);
      }
    }
  });
});

describe.each(SCOPES)('RIS of %s, parsed by astrocite-ris', (_, scopeOf) => {
  test('one record per study, with the PubMed id as AN and the stance keywords', async () => {
    const scope = scopeOf();
    const out = await exportOf(scope, 'RIS');
    const records = parseRis(out.content) as any[];
    expect(records.map((r) => r.id).sort()).toEqual([...out.studyIds].sort());
    const anLines = [...out.content.matchAll(/^ID {2}- (.+)\r?\n(?:(?!ER {2}-).*\r?\n)*?AN {2}- (.+)\r?$/gm)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(anLines)).toEqual(Object.fromEntries(out.studyIds.filter((id) => present(byId(id).pmid)).map((id) => [id, byId(id).pmid])));
    if ('claimId' in scope) {
      for (const r of records) expect(r.keyword.some((k: string) => k.startsWith(`evigraph:`) && k.endsWith(`:${CONTESTED}`))).toBe(true);
    }
  });
});

describe.each(SCOPES)('CSL-JSON of %s, validated against the CSL schema', (_, scopeOf) => {
  test('is valid CSL input data with PMID, PMCID and the full journal title', async () => {
    const out = await exportOf(scopeOf(), 'CSL_JSON');
    expect(readBack<{ errors: string[] }>('csl', out.content, 'json', CSL_SCHEMA)).toEqual({ errors: [], count: out.studyIds.length });
    for (const item of JSON.parse(out.content)) {
      const s = byId(item.id);
      expect({ id: item.id, PMID: item.PMID ?? null, PMCID: item.PMCID ?? null, journal: item['container-title'] ?? null }).toEqual({
        id: s.id,
        PMID: present(s.pmid) ? s.pmid : null,
        PMCID: present(s.pmcid) ? s.pmcid : null,
        journal: present(s.journalFull) ? s.journalFull : present(s.journal) ? s.journal : null,
      });
    }
  });
});

describe('APA and Vancouver of the contested claim', () => {
  const headings = /^(Supporting|Contradicting|Qualifying|Other studies|Not counted \(their evidence is counted elsewhere\))$/;

  test('APA lists each study once, with the full journal title and a sentence-case title, and notes its other stances', async () => {
    const text = (await exportOf({ claimId: CONTESTED }, 'APA')).content;
    const entries = text.split('\n').filter((l) => l.trim() && !headings.test(l));
    expect(entries).toHaveLength(contested.length);
    for (const s of contested) {
      const lines = entries.filter((l) => l.includes(`(${s.year}). ${toSentenceCase(s.title)}`));
      expect({ id: s.id, lines: lines.length }).toEqual({ id: s.id, lines: 1 });
      const journal = present(s.journalFull) ? s.journalFull! : s.journal;
      if (journal) expect(lines[0]).toContain(`. ${journal}`);
      if (new Set(s.stances).size > 1 && !/Not counted on/.test(lines[0]!)) expect(lines[0]).toMatch(/\[Findings on “[^”]+”: .*listed under (Supporting|Contradicting)\.\]$/);
    }
  });

  test('Vancouver numbers the whole list once: 1 to n across the stance groups', async () => {
    const text = (await exportOf({ claimId: CONTESTED }, 'VANCOUVER')).content;
    const numbers = text.split('\n').filter((l) => /^\d+\. /.test(l)).map((l) => Number(l.split('.')[0]));
    expect(numbers).toEqual(contested.map((_, i) => i + 1));
    expect(text.split('\n').filter((l) => headings.test(l)).length).toBeGreaterThan(1);
  });

  test('an export of a claim no study bears on is NOTHING_TO_EXPORT, not an empty file', async () => {
    const [row] = await db.read<{ id: string }>('TEST_CLAIM_WITHOUT_STUDIES', 'MATCH (c:Claim) WHERE NOT (c)<-[:SUPPORTS|CONTRADICTS|QUALIFIES]-(:Study) RETURN c.id AS id ORDER BY c.id LIMIT 1');
    const res = await gql(app, CITATIONS, { claimId: row!.id, format: 'RIS' });
    expect(res.errors?.[0]?.extensions.code).toBe('NOTHING_TO_EXPORT');
    expect(res.errors?.[0]?.message).toContain(row!.id);
    const download = await app.fetch(`http://localhost/export/citations?claimId=${row!.id}&format=ris`);
    expect(download.status).toBe(422);
    expect(((await download.json()) as any).errors[0].extensions.code).toBe('NOTHING_TO_EXPORT');
  });
});

/** The explorer's view of a neighbourhood, as the page draws it and hands it to the exporters. */
async function drawnGraph(ids: string[]): Promise<ExportGraph> {
  const { neighbourhood } = dataOf(await gql<{ neighbourhood: Graph }>(app, NEIGHBOURHOOD_GRAPH, { ids, depth: 1, limit: 500 }));
  const elements = toElements({ graph: neighbourhood, paths: null, filters: DEFAULT_FILTERS, anchors: ids });
  return {
    nodes: elements.filter((e) => e.group === 'nodes').map((e) => ({ data: e.data, classes: e.classes })),
    edges: elements.filter((e) => e.group === 'edges').map((e) => ({ data: e.data, classes: e.classes })),
  };
}

type NxGraph = { directed: boolean; multigraph: boolean; nodes: { id: string }[]; edges: { source: string; target: string; key: string; id?: string; stance?: string; color?: string; edgeClass?: string }[] };

describe.each([
  ['the contested claim', () => [CONTESTED]],
  ['a list holding every design', () => everyDesign],
])('graph of %s, read back by networkx', (_, ids) => {
  let graph: ExportGraph;
  let parallel: number;

  beforeAll(async () => {
    graph = await drawnGraph(ids());
    const pairs = new Map<string, number>();
    for (const e of graph.edges) pairs.set(`${e.data.source}→${e.data.target}`, (pairs.get(`${e.data.source}→${e.data.target}`) ?? 0) + 1);
    parallel = [...pairs.values()].filter((n) => n > 1).length;
  });

  const expectSameGraph = (g: Pick<NxGraph, 'directed' | 'multigraph' | 'edges'> & { nodes: { id: string }[] }) => {
    expect({ directed: g.directed, multigraph: g.multigraph }).toEqual({ directed: true, multigraph: true });
    expect(g.nodes.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.data.id).sort());
    expect(g.edges).toHaveLength(graph.edges.length);
  };

  test('the view has parallel edges (two findings of one study on one claim), so the counts below test them', () => {
    if (ids()[0] === CONTESTED) expect(parallel).toBeGreaterThan(0);
    expect(graph.edges.length).toBeGreaterThan(0);
  });

  test('Cytoscape JSON loads with networkx.cytoscape_graph as a directed multigraph with every edge', () => {
    const g = readBack<NxGraph>('cyjs', toCytoscapeJson(graph), 'cyjs');
    expectSameGraph(g);
    expect(g.edges.map((e) => e.key).sort()).toEqual(graph.edges.map((e) => e.data.id).sort());
  });

  test('GraphML loads with networkx.read_graphml with every edge and its colour and stance', () => {
    const g = readBack<NxGraph>('graphml', toGraphml(graph), 'graphml');
    expectSameGraph(g);
    const evidence = g.edges.filter((e) => e.stance);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect({ stance: e.stance, colour: e.color, cls: e.edgeClass }).toEqual({ stance: e.stance, colour: { SUPPORTS: '#1b7837', CONTRADICTS: '#b2182b', QUALIFIES: '#b35806' }[e.stance!], cls: e.stance!.toLowerCase() });
  });

  test('GEXF loads with networkx.read_gexf with every edge and node colours', () => {
    const g = readBack<Omit<NxGraph, 'nodes'> & { nodes: { id: string; color: { r: number } | null }[] }>('gexf', toGexf(graph), 'gexf');
    expectSameGraph(g);
    expect(g.nodes.every((n) => n.color && typeof n.color.r === 'number')).toBe(true);
  });
});

describe('full journal title from the graph', () => {
  test('APA prints a Study\'s journalFull where the graph has it; Vancouver keeps the abbreviation', async () => {
    const [before] = await db.read<{ full: string | null }>('TEST_READ_JOURNAL_FULL', 'MATCH (s:Study {id: "cherkin2011"}) RETURN s.journalFull AS full');
    await db.write('TEST_SET_JOURNAL_FULL', 'MATCH (s:Study {id: "cherkin2011"}) SET s.journalFull = "Annals of Internal Medicine"');
    try {
      expect((await exportOf({ ids: ['cherkin2011'] }, 'APA')).content).toContain('A randomized, controlled trial. Annals of Internal Medicine, 155(1), 1–9.');
      expect((await exportOf({ ids: ['cherkin2011'] }, 'VANCOUVER')).content).toContain('controlled trial. Ann Intern Med. 2011;155(1):1–9.');
      const [item] = JSON.parse((await exportOf({ ids: ['cherkin2011'] }, 'CSL_JSON')).content);
      expect([item['container-title'], item['container-title-short']]).toEqual(['Annals of Internal Medicine', 'Ann Intern Med']);
    } finally {
      await db.write('TEST_RESTORE_JOURNAL_FULL', 'MATCH (s:Study {id: "cherkin2011"}) SET s.journalFull = $full', { full: before!.full });
    }
  });
});
