import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createApp, type App } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import type { Db } from '../../server/src/db/db.js';
import { silentLog } from '../../server/src/log.js';
import { countAll, createTestDb, resetAndSeed } from '../support/test-db.js';
import { codes, dataOf, gql } from './api-client.js';
import {
  DUPLICATE_TITLE_DOI,
  FIXTURE_DOI,
  FIXTURE_PMID,
  FIXTURE_TITLE,
  MALFORMED_DOI,
  NOT_JSON_DOI,
  SLOW_DOI,
  startMetadataFixture,
  UNKNOWN_PMID,
  type MetadataFixture,
} from '../support/metadata-fixture-server.js';

const ALICE = 'alice-curator-token-0123456789';
const BOB = 'bob-curator-token-0123456789xx';
const as = (token: string) => ({ authorization: `Bearer ${token}` });

let db: Db;
let fixture: MetadataFixture;
let app: App;
let reviewApp: App;

function appWith(extra: Record<string, string>): App {
  const target = inject('neo4j');
  const config = loadConfig({
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    EVIGRAPH_WRITE_TOKENS: `alice:${ALICE},bob:${BOB}`,
    METADATA_CROSSREF_URL: fixture.crossrefUrl,
    METADATA_EUTILS_URL: fixture.eutilsUrl,
    METADATA_TIMEOUT_MS: '500',
    ...extra,
  });
  return createApp({ config, db, log: silentLog });
}

beforeAll(async () => {
  db = createTestDb();
  await resetAndSeed(db);
  fixture = await startMetadataFixture(2_000);
  app = appWith({});
  reviewApp = appWith({ REVIEW_REQUIRED: 'true' });
});
afterAll(async () => {
  await fixture?.close();
  await db?.close();
});

const LOOKUP = `query($doi: String, $pmid: String) { lookupStudy(doi: $doi, pmid: $pmid) { title authors year journal volume issue pages doi pmid source suggestedId } }`;
const PREVIEW = `query($c: ChangeInput!) { previewChange(change: $c) { summary claims { claimId statement before { verdict certainty decidingDomain studiesCounted findingsCounted } after { verdict certainty decidingDomain studiesCounted findingsCounted } } } }`;
const APPLY = `mutation($c: ChangeInput!) { applyChange(change: $c) { status targetIds proposal { id who status } preview { claims { claimId after { verdict certainty studiesCounted findingsCounted } } } } }`;
const VERDICT = `query($id: ID!) { claim(id: $id) { summary { verdict certainty studies findings certaintyAssessment { domains { domain levels } } } } }`;

async function verdictOf(claimId: string) {
  const s = dataOf(await gql(app, VERDICT, { id: claimId })).claim.summary;
  return { verdict: s.verdict, certainty: s.certainty, studiesCounted: s.studies, findingsCounted: s.findings };
}

describe('signing in', () => {
  test('a named token says who is signed in; a wrong one is UNAUTHENTICATED', async () => {
    expect(dataOf(await gql(app, '{ signedIn { name reviewRequired } }', {}, as(BOB))).signedIn).toEqual({ name: 'bob', reviewRequired: false });
    expect(dataOf(await gql(reviewApp, '{ signedIn { reviewRequired } }', {}, as(ALICE))).signedIn.reviewRequired).toBe(true);
    const wrong = await gql(app, '{ signedIn { name } }', {}, as('not-a-curator-token-000000000'));
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('looking a study up', () => {
  test('a DOI is read from Crossref and pre-fills the record', async () => {
    const found = dataOf(await gql(app, LOOKUP, { doi: FIXTURE_DOI }, as(ALICE))).lookupStudy;
    expect(found).toMatchObject({
      title: FIXTURE_TITLE,
      authors: ['Fixture AM', 'Testcase B'],
      year: 2026,
      journal: 'Journal of Test Fixtures',
      volume: '12',
      issue: '3',
      pages: '101-110',
      doi: FIXTURE_DOI,
      pmid: null,
      suggestedId: 'fixture2026',
    });
    expect(found.source).toBe(`${fixture.crossrefUrl}/works/${encodeURIComponent(FIXTURE_DOI)}`);
  });

  test('a PMID is read from E-utilities esummary', async () => {
    const found = dataOf(await gql(app, LOOKUP, { pmid: FIXTURE_PMID }, as(ALICE))).lookupStudy;
    expect(found).toMatchObject({
      title: 'Fixture record from PubMed: a cohort used by the curation tests',
      authors: ['Fixture AM', 'Testcase B'],
      year: 2026,
      journal: 'J Test Fixtures',
      pages: '201-9',
      doi: '10.5555/evigraph.fixture.pubmed',
      pmid: FIXTURE_PMID,
    });
  });

  test('needs a curator token', async () => {
    expect(codes(await gql(app, LOOKUP, { doi: FIXTURE_DOI }))).toEqual(['UNAUTHENTICATED']);
  });

  test.each([
    ['a time-out', SLOW_DOI, /did not answer within 500 ms/],
    ['an answer that is not JSON', NOT_JSON_DOI, /not JSON/],
    ['JSON of the wrong shape', MALFORMED_DOI, /unexpected shape/],
  ])('%s is METADATA_UNAVAILABLE with a clear message, and writes nothing', async (_, doi, message) => {
    const before = await countAll(db);
    const r = await gql(app, LOOKUP, { doi }, as(ALICE));
    expect(codes(r)).toEqual(['METADATA_UNAVAILABLE']);
    expect(r.errors![0]!.message).toMatch(message);
    expect(r.errors![0]!.message).toMatch(/fill the form by hand/);
    expect(await countAll(db)).toEqual(before);
  });

  test('an unreachable service is METADATA_UNAVAILABLE; an unknown PMID is NOT_FOUND', async () => {
    const closed = appWith({ METADATA_CROSSREF_URL: 'http://127.0.0.1:9/crossref' });
    const r = await gql(closed, LOOKUP, { doi: FIXTURE_DOI }, as(ALICE));
    expect(codes(r)).toEqual(['METADATA_UNAVAILABLE']);
    expect(r.errors![0]!.message).toMatch(/could not be reached/);
    const unknown = await gql(app, LOOKUP, { pmid: UNKNOWN_PMID }, as(ALICE));
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
  });

  test.each([
    ['the same DOI', { doi: '10.7326/0003-4819-155-1-201107050-00002' }],
    ['the same PMID', { pmid: '21727288' }],
    ['the same title and year', { doi: DUPLICATE_TITLE_DOI }],
  ])('a study the graph holds (%s) is refused with its id', async (_, ids) => {
    const r = await gql(app, LOOKUP, ids, as(ALICE));
    expect(codes(r)).toEqual(['CONFLICT']);
    expect(r.errors![0]!.extensions.existingId).toBe('cherkin2011');
  });

  test('adding a study with a held title and year is refused too', async () => {
    const study = {
      id: 'dup-by-title',
      title: 'A comparison of the effects of 2 types of massage and usual care on chronic low back pain: a randomized, controlled trial.',
      authors: ['Someone A'],
      year: 2011,
      design: 'RCT',
    };
    const r = await gql(app, APPLY, { c: { kind: 'ADD_STUDY', reason: 'Testing duplicates.', study } }, as(ALICE));
    expect(codes(r)).toEqual(['CONFLICT']);
    expect(r.errors![0]!.extensions.existingId).toBe('cherkin2011');
  });
});

/** Claims with at least two evidence edges, and their edges. */
async function claimsWithEvidence() {
  const r = dataOf(await gql(app, '{ claims(first: 100) { nodes { id claimKind evidence { id stance version } } } }'));
  return (r.claims.nodes as Array<{ id: string; claimKind: string; evidence: Array<{ id: string; stance: string; version: number }> }>).filter(
    (c) => c.evidence.length >= 2 && c.claimKind === 'EFFECT',
  );
}

const finding = {
  outcome: 'pain',
  comparator: 'usual care',
  outcomeMeasure: 'numeric rating scale',
  timepoint: '10 weeks',
  timepointWeeks: 10,
  effect: 'No difference between groups.',
  effectSize: { measure: 'MD', value: -0.1, ciLow: -0.6, ciHigh: 0.4, participants: 240 },
  quote: 'There was no difference between groups at 10 weeks.',
  sourceUrl: 'https://example.org/fixture-trial',
  sourceKind: 'PRIMARY',
};

describe('preview before saving', () => {
  test('the preview equals the verdict after saving, for a sample of changes on several claims', async () => {
    const claims = await claimsWithEvidence();
    expect(claims.length).toBeGreaterThanOrEqual(3);
    const [a, b, c] = claims;
    const study = {
      id: 'preview-trial-2026',
      title: 'Preview trial used by the curation tests',
      authors: ['Preview P'],
      year: 2026,
      design: 'RCT',
      sampleSize: 240,
    };
    dataOf(await gql(app, APPLY, { c: { kind: 'ADD_STUDY', reason: 'A new trial for the preview test.', study } }, as(ALICE)));
    const flipped = a!.evidence[0]!;
    const changes = [
      {
        kind: 'ADD_FINDING',
        reason: 'New trial.',
        studyId: study.id,
        finding,
        links: [a!, b!].map((x) => ({ claimId: x.id, stance: 'CONTRADICTS', why: 'The trial found no difference on this outcome.' })),
      },
      {
        kind: 'UPDATE_EVIDENCE',
        reason: 'Stance re-read.',
        id: flipped.id,
        version: flipped.version,
        stance: flipped.stance === 'SUPPORTS' ? 'CONTRADICTS' : 'SUPPORTS',
        why: 'Re-read for the preview test.',
      },
      { kind: 'DELETE_EVIDENCE', reason: 'Link made in error.', id: c!.evidence[0]!.id, version: c!.evidence[0]!.version },
    ];
    for (const change of changes) {
      const preview = dataOf(await gql(app, PREVIEW, { c: change }, as(ALICE))).previewChange;
      expect(preview.claims.length).toBeGreaterThan(0);
      for (const p of preview.claims) {
        const { decidingDomain: _d, ...before } = p.before;
        expect(before).toEqual(await verdictOf(p.claimId));
      }
      dataOf(await gql(app, APPLY, { c: change }, as(ALICE)));
      for (const p of preview.claims) {
        const { decidingDomain: _d, ...after } = p.after;
        expect(after).toEqual(await verdictOf(p.claimId));
      }
    }
  }, 240_000);

  test('a preview writes nothing, and a finding breaking the seed rules is refused', async () => {
    const before = await countAll(db);
    const [a] = await claimsWithEvidence();
    const change = {
      kind: 'ADD_FINDING',
      reason: 'Testing.',
      studyId: 'cherkin2011',
      finding,
      links: [{ claimId: a!.id, stance: 'SUPPORTS', why: 'It does.' }],
    };
    dataOf(await gql(app, PREVIEW, { c: change }, as(ALICE)));
    expect(await countAll(db)).toEqual(before);
    const longQuote = await gql(app, PREVIEW, { c: { ...change, finding: { ...finding, quote: 'x'.repeat(301) } } }, as(ALICE));
    expect(longQuote.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quote' });
    const ftp = await gql(app, PREVIEW, { c: { ...change, finding: { ...finding, sourceUrl: 'ftp://example.org/x' } } }, as(ALICE));
    expect(ftp.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sourceUrl' });
    const noWhy = await gql(app, PREVIEW, { c: { ...change, links: [{ claimId: a!.id, stance: 'SUPPORTS', why: ' ' }] } }, as(ALICE));
    expect(noWhy.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'why' });
    expect(await countAll(db)).toEqual(before);
  });
});

describe('history and undo', () => {
  test('a change lists who, what and why; its undo restores the verdict and is a change of its own', async () => {
    const [claim] = await claimsWithEvidence();
    const edge = claim!.evidence.find((e) => e.stance === 'SUPPORTS') ?? claim!.evidence[0]!;
    const start = await verdictOf(claim!.id);
    dataOf(
      await gql(
        app,
        APPLY,
        {
          c: { kind: 'UPDATE_EVIDENCE', reason: 'The quote reports no effect.', id: edge.id, version: edge.version, stance: 'QUALIFIES', why: 'Testing undo.' },
        },
        as(BOB),
      ),
    );
    const HISTORY = `query($id: ID!) { changes(nodeId: $id, first: 5) { id who action kind targetId why } }`;
    const [latest] = dataOf(await gql(app, HISTORY, { id: claim!.id })).changes;
    expect(latest).toMatchObject({ who: 'bob', action: 'UPDATE', kind: 'EvidenceEdge', targetId: edge.id, why: 'The quote reports no effect.' });

    const undo = await gql(app, `mutation($id: ID!) { revertChange(id: $id, reason: "Misread.") { status targetIds } }`, { id: latest.id }, as(ALICE));
    expect(dataOf(undo).revertChange).toEqual({ status: 'APPLIED', targetIds: [edge.id] });
    expect(await verdictOf(claim!.id)).toEqual(start);
    const [undoEntry] = dataOf(await gql(app, HISTORY, { id: claim!.id })).changes;
    expect(undoEntry).toMatchObject({ who: 'alice', action: 'UPDATE', targetId: edge.id });
    expect(undoEntry.why).toMatch(/^Undo of bob's change .*: Misread\.$/);

    // Undoing the same change again would overwrite what the undo wrote: refused as stale.
    expect(codes(await gql(app, `mutation($id: ID!) { revertChange(id: $id, reason: "Again.") { status } }`, { id: latest.id }, as(ALICE)))).toEqual([
      'CONFLICT',
    ]);
  });

  test('a deleted link comes back with its id when its deletion is undone', async () => {
    const [claim] = await claimsWithEvidence();
    const edge = claim!.evidence[0]!;
    const start = await verdictOf(claim!.id);
    dataOf(await gql(app, APPLY, { c: { kind: 'DELETE_EVIDENCE', reason: 'Testing undo of a deletion.', id: edge.id } }, as(BOB)));
    const [entry] = dataOf(await gql(app, `query($id: ID!) { changes(nodeId: $id, first: 1) { id action } }`, { id: claim!.id })).changes;
    expect(entry.action).toBe('DELETE');
    dataOf(await gql(app, `mutation($id: ID!) { revertChange(id: $id, reason: "Deleted by mistake.") { status } }`, { id: entry.id }, as(BOB)));
    expect(await verdictOf(claim!.id)).toEqual(start);
    const ids = dataOf(await gql(app, `query($id: ID!) { claim(id: $id) { evidence { id } } }`, { id: claim!.id })).claim.evidence.map(
      (e: { id: string }) => e.id,
    );
    expect(ids).toContain(edge.id);
  });
});

describe('correcting a finding', () => {
  test("a link's finding fields are corrected with a reason, and the undo puts them back", async () => {
    const [claim] = await claimsWithEvidence();
    const edge = claim!.evidence[0]!;
    const READ = `query($id: ID!) { claim(id: $id) { evidence { id outcome comparator timepointWeeks sourceKind effectSize { measure value ciLow ciHigh participants } } } }`;
    const read = async () => dataOf(await gql(app, READ, { id: claim!.id })).claim.evidence.find((e: { id: string }) => e.id === edge.id);
    const start = await read();
    dataOf(await gql(app, APPLY, { c: { kind: 'UPDATE_EVIDENCE', reason: 'The comparator was misread.', id: edge.id, findingPatch: finding } }, as(ALICE)));
    expect(await read()).toMatchObject({
      outcome: 'pain',
      comparator: 'usual care',
      timepointWeeks: 10,
      sourceKind: 'PRIMARY',
      effectSize: { measure: 'MD', value: -0.1, ciLow: -0.6, ciHigh: 0.4, participants: 240 },
    });
    const [entry] = dataOf(await gql(app, `query($id: ID!) { changes(nodeId: $id, first: 1) { id why } }`, { id: claim!.id })).changes;
    expect(entry.why).toBe('The comparator was misread.');
    dataOf(await gql(app, `mutation($id: ID!) { revertChange(id: $id, reason: "Back as it was.") { status } }`, { id: entry.id }, as(ALICE)));
    expect(await read()).toEqual(start);
  });
});

describe('two-person review', () => {
  test('a change waits for a second curator; the author cannot approve it; a rejection keeps its reason', async () => {
    const [claim] = await claimsWithEvidence();
    const edge = claim!.evidence[0]!;
    const start = await verdictOf(claim!.id);
    const change = { kind: 'DELETE_EVIDENCE', reason: 'Proposed for the review test.', id: edge.id, version: edge.version };
    const proposed = dataOf(await gql(reviewApp, APPLY, { c: change }, as(ALICE))).applyChange;
    expect(proposed).toMatchObject({ status: 'PROPOSED', proposal: { who: 'alice', status: 'PENDING' } });
    expect(await verdictOf(claim!.id)).toEqual(start);

    const list = dataOf(await gql(reviewApp, '{ proposals(status: PENDING) { id preview { claims { claimId } } } }', {}, as(BOB))).proposals;
    expect(list.find((p: { id: string }) => p.id === proposed.proposal.id).preview.claims).toEqual([{ claimId: claim!.id }]);

    const APPROVE = `mutation($id: ID!) { approveProposal(id: $id) { status proposal { status decidedBy } } }`;
    const own = await gql(reviewApp, APPROVE, { id: proposed.proposal.id }, as(ALICE));
    expect(codes(own)).toEqual(['FORBIDDEN']);
    expect(await verdictOf(claim!.id)).toEqual(start);

    expect(dataOf(await gql(reviewApp, APPROVE, { id: proposed.proposal.id }, as(BOB))).approveProposal).toEqual({
      status: 'APPLIED',
      proposal: { status: 'APPROVED', decidedBy: 'bob' },
    });
    expect((await verdictOf(claim!.id)).findingsCounted).toBeLessThanOrEqual(start.findingsCounted);
    const ids = dataOf(await gql(app, `query($id: ID!) { claim(id: $id) { evidence { id } } }`, { id: claim!.id })).claim.evidence.map(
      (e: { id: string }) => e.id,
    );
    expect(ids).not.toContain(edge.id);

    const second = dataOf(
      await gql(
        reviewApp,
        APPLY,
        { c: { kind: 'UPDATE_EVIDENCE', reason: 'Proposed, then declined.', id: claim!.evidence[1]!.id, why: 'A different reading.' } },
        as(BOB),
      ),
    ).applyChange;
    const rejected = dataOf(
      await gql(
        reviewApp,
        `mutation($id: ID!) { rejectProposal(id: $id, reason: "The quote does not say that.") { status decidedBy decisionReason } }`,
        { id: second.proposal.id },
        as(ALICE),
      ),
    ).rejectProposal;
    expect(rejected).toEqual({ status: 'REJECTED', decidedBy: 'alice', decisionReason: 'The quote does not say that.' });
    const log = dataOf(await gql(app, `query($id: ID!) { changes(nodeId: $id, first: 10) { who action kind targetId why } }`, { id: claim!.id })).changes;
    expect(log).toContainEqual({ who: 'alice', action: 'REJECT', kind: 'Proposal', targetId: second.proposal.id, why: 'The quote does not say that.' });
  });

  test('with review on, writes that would take effect at once are FORBIDDEN and change nothing', async () => {
    const [claim] = await claimsWithEvidence();
    const edge = claim!.evidence[0]!;
    const start = await verdictOf(claim!.id);
    const direct = await gql(
      reviewApp,
      `mutation($id: ID!, $v: Int) { deleteEvidence(id: $id, version: $v) { id } }`,
      { id: edge.id, v: edge.version },
      as(ALICE),
    );
    expect(codes(direct)).toEqual(['FORBIDDEN']);
    const imported = await gql(
      reviewApp,
      `mutation { importCitations(format: BIBTEX, content: "@article{x, title={T}, year={2020}}") { added { id } } }`,
      {},
      as(ALICE),
    );
    expect(codes(imported)).toEqual(['FORBIDDEN']);
    expect(await verdictOf(claim!.id)).toEqual(start);
  });
});
