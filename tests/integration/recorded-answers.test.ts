import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isInterfaceType, isObjectType, isScalarType, isEnumType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../server/src/app.js';
import { SCHEMA_PATH } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { clearGraph } from '../../server/src/db/clear-graph.js';
import { seedCopy } from '../support/seed-fixture.js';
import { loadSeed } from '../../server/src/seed/load-seed.js';
import { createTestDb } from '../support/test-db.js';
import { createTestApp, gql } from './api-client.js';

/**
 * Answers recorded from the code before a refactoring, compared after: every operation below must
 * answer exactly as recorded on the seed graph. `RECORD_ANSWERS=1` writes them anew (only when the
 * answers are meant to change, e.g. a new rule or new seed data).
 */
const DIR = path.join(import.meta.dirname, '../fixtures/recorded-answers');
const RECORD = process.env.RECORD_ANSWERS === '1';

const schema: GraphQLSchema = buildSchema(fs.readFileSync(SCHEMA_PATH, 'utf8'));

/** Every field of a type, nested objects `depth` levels down; interface-typed fields give id, kind, label. */
function selection(type: GraphQLObjectType, depth: number, skip: readonly string[] = []): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (skip.includes(field.name) || field.args.some((a) => a.type.toString().endsWith('!') && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) parts.push(field.name);
    else if (isInterfaceType(named)) parts.push(`${field.name} { id kind label }`);
    else if (isObjectType(named) && depth > 0) parts.push(`${field.name} { ${selection(named, depth - 1, skip)} }`);
  }
  return parts.join(' ');
}
const all = (name: string, depth: number, skip: readonly string[] = []) => selection(schema.getType(name) as GraphQLObjectType, depth, skip);

const CONTESTED = 'massage-effective-for-low-back-pain';
const OPERATIONS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'search-words': { query: `{ search(text: "massage back pain", first: 15) { kind score text node { id kind label } } }` },
  'search-author-year': { query: `{ search(text: "Cherkin 2011") { kind score text node { id kind label } } }` },
  'claim-with-summary': {
    query: `query($id: ID!) { claim(id: $id) { ${all('Claim', 3, ['evidence', 'assertedBy', 'techniques', 'comparedWith', 'conditions', 'outcomes', 'mechanisms', 'question'])}
      evidence { id stance study { id } } } }`,
    variables: { id: CONTESTED },
  },
  'claim-filtered-sensitivity': {
    query: `query($id: ID!) { claim(id: $id) {
      summary(filter: { designs: [RCT, SYSTEMATIC_REVIEW] }, sensitivity: { excludeSmall: true, excludeSecondarySources: true }) { ${all('EvidenceSummary', 3)} }
      summaryOfFindings(sensitivity: { excludeHighRiskOfBias: true }) { ${all('SummaryOfFindings', 2)} }
      evidence(filter: { stances: [CONTRADICTS, QUALIFIES] }) { id stance timepoint } } }`,
    variables: { id: CONTESTED },
  },
  'claims-filtered': {
    query: `{ claims(filter: { contested: true }, first: 100) { nodes { id } pageInfo { hasNextPage } } c2: claims(filter: { designs: [RCT], yearFrom: 2005, techniqueId: "massage" }, first: 100) { nodes { id } } }`,
  },
  'studies-filtered': {
    query: `{ studies(filter: { designs: [RCT], minSampleSize: 100, yearTo: 2015 }, first: 100) { nodes { id } } s2: studies(filter: { claimId: "${CONTESTED}", stance: SUPPORTS }, first: 100) { nodes { id } } }`,
  },
  // Graphs under their caps: which of several equally heavy neighbours or equally short paths a cap keeps
  // follows the database's internal order, which a reload may change.
  neighbourhood: { query: `{ neighbourhood(ids: ["thai-massage"], depth: 2, limit: 500, fanOut: 200) { ${all('Graph', 3)} } }` },
  'neighbourhood-filtered': {
    query: `{ neighbourhood(ids: ["swedish-massage", "cherkin2011"], depth: 1, limit: 500, fanOut: 200, filter: { kinds: [STUDY, CLAIM, TECHNIQUE], designs: [RCT], yearFrom: 2000 }) { ${all('Graph', 3)} } }`,
  },
  paths: { query: `{ paths(from: "thai-massage", to: "chatchawan2005", maxLength: 3) { ${all('Graph', 3)} } }` },
  'evidence-map': {
    query: `{ evidenceMap { ${all('EvidenceMap', 2, ['computedAt'])} } o: evidenceMap(columns: OUTCOME, filter: { stances: [SUPPORTS, CONTRADICTS], designs: [RCT] }) { ${all('EvidenceMap', 2, ['computedAt'])} } }`,
  },
  'citations-claim': {
    query: `{ b: citations(claimId: "${CONTESTED}", format: BIBTEX) { ${all('CitationExport', 0)} } a: citations(claimId: "${CONTESTED}", format: APA) { ${all('CitationExport', 0)} } }`,
  },
  'citations-ids': {
    query: `{ r: citations(ids: ["cherkin2011", "furlan2015cochrane"], format: RIS) { ${all('CitationExport', 0)} } c: citations(ids: ["cherkin2011"], format: CSL_JSON) { ${all('CitationExport', 0)} } v: citations(claimId: "${CONTESTED}", ids: ["cherkin2011"], format: VANCOUVER) { ${all('CitationExport', 0)} } }`,
  },
  counts: { query: `{ counts { ${all('GraphCounts', 2)} } }` },
};
const DOWNLOADS: Record<string, string> = {
  'download-citations': `/export/citations?claimId=${CONTESTED}&format=ris`,
  'download-citations-ids': '/export/citations?ids=cherkin2011,furlan2015cochrane&format=csl-json',
  'download-sof': `/export/summary-of-findings?claimId=${CONTESTED}&format=csv&exclude=small,secondary`,
  'download-bad-format': '/export/citations?ids=cherkin2011&format=docx',
};

let db: Db;
let app: App;

beforeAll(async () => {
  db = createTestDb();
  // The massage question's seed only: the answers were recorded on it.
  await clearGraph(db);
  await loadSeed(db, seedCopy());
  app = createTestApp(db);
});
afterAll(() => db.close());

/**
 * Lists in a canonical order: the order of graph elements and map cells follows the database's internal
 * order (a reload changes it), and no client reads meaning into it. Texts and scalar lists keep their order.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    return items.every((v) => v !== null && typeof v === 'object') ? items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : items;
  }
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]));
  return value;
}

/** Operations whose lists are unordered: graph elements and map cells (search hits and pages keep their order). */
const UNORDERED = new Set(['neighbourhood', 'neighbourhood-filtered', 'paths', 'evidence-map']);

function compare(name: string, answer: unknown) {
  const file = path.join(DIR, `${name}.json`);
  const comparable = UNORDERED.has(name) ? canonical(answer) : answer;
  if (RECORD) fs.writeFileSync(file, `${JSON.stringify(comparable, null, 1)}\n`);
  expect(comparable).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** A graph whose caps cut nothing, so its answer does not depend on the database's internal order. */
function expectUncut(answer: any) {
  for (const graph of Object.values(answer.data ?? {}) as any[]) {
    if (graph && 'omittedNodes' in graph) expect([graph.truncated, graph.omittedNodes, graph.leftOut]).toEqual([false, 0, []]);
  }
}

describe('every operation answers as recorded before the refactoring', () => {
  test.each(Object.keys(OPERATIONS))('%s', async (name) => {
    const { query, variables } = OPERATIONS[name]!;
    const answer = await gql(app, query, variables);
    expect(answer.errors).toBeUndefined();
    expectUncut(answer);
    compare(name, answer);
  });

  test.each(Object.keys(DOWNLOADS))('%s', async (name) => {
    const res = await app.fetch(`http://localhost${DOWNLOADS[name]}`);
    const answer = { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), body: await res.text() };
    compare(name, answer);
  });
});
