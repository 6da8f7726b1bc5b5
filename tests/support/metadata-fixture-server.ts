import http from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A local stand-in for Crossref (GET /crossref/works/<doi>) and NCBI E-utilities (GET /eutils/esummary.fcgi), answering
 * in their documented response shapes, so no test reaches the internet. The records are test fixtures under
 * Crossref's test prefix 10.5555, not real publications; one repeats a seed study's title and year to test duplicates.
 */

/** A new trial record (Crossref's `message` for a journal-article work). */
export const FIXTURE_DOI = '10.5555/evigraph.fixture.2026';
export const FIXTURE_PMID = '99000001';
export const FIXTURE_TITLE = 'Fixture record: a randomised trial used by the curation tests';
/** Answers with a seed study's title and year under another DOI (a title-and-year duplicate). */
export const DUPLICATE_TITLE_DOI = '10.5555/evigraph.fixture.duplicate';
/** Answers after the client's timeout. */
export const SLOW_DOI = '10.5555/evigraph.fixture.slow';
/** Answers 200 with HTML. */
export const NOT_JSON_DOI = '10.5555/evigraph.fixture.html';
/** Answers JSON of the wrong shape (no title). */
export const MALFORMED_DOI = '10.5555/evigraph.fixture.malformed';
/** A PMID E-utilities answers with its per-id error. */
export const UNKNOWN_PMID = '99000009';

const work = (doi: string, title: string, year: number) => ({
  status: 'ok',
  'message-type': 'work',
  'message-version': '1.0.0',
  message: {
    DOI: doi,
    type: 'journal-article',
    title: [title],
    author: [
      { given: 'Ada M', family: 'Fixture', sequence: 'first' },
      { given: 'Ben', family: 'Testcase', sequence: 'additional' },
    ],
    issued: { 'date-parts': [[year, 3, 1]] },
    'container-title': ['Journal of Test Fixtures'],
    volume: '12',
    issue: '3',
    page: '101-110',
  },
});

const WORKS: Record<string, unknown> = {
  [FIXTURE_DOI]: work(FIXTURE_DOI, FIXTURE_TITLE, 2026),
  [DUPLICATE_TITLE_DOI]: work(DUPLICATE_TITLE_DOI, 'A comparison of the effects of 2 types of massage and usual care on chronic low back pain: a randomized, controlled trial', 2011),
  [MALFORMED_DOI]: { status: 'ok', message: { DOI: MALFORMED_DOI } },
};

const esummary = (pmid: string) => ({
  header: { type: 'esummary', version: '0.3' },
  result:
    pmid === FIXTURE_PMID
      ? {
          uids: [pmid],
          [pmid]: {
            uid: pmid,
            pubdate: '2026 Mar',
            source: 'J Test Fixtures',
            authors: [
              { name: 'Fixture AM', authtype: 'Author', clusterid: '' },
              { name: 'Testcase B', authtype: 'Author', clusterid: '' },
            ],
            title: 'Fixture record from PubMed: a cohort used by the curation tests.',
            volume: '12',
            issue: '4',
            pages: '201-9',
            fulljournalname: 'Journal of test fixtures',
            articleids: [
              { idtype: 'pubmed', idtypen: 1, value: pmid },
              { idtype: 'doi', idtypen: 3, value: '10.5555/evigraph.fixture.pubmed' },
            ],
          },
        }
      : { uids: [], [pmid]: { uid: pmid, error: 'cannot get document summary' } },
});

export interface MetadataFixture {
  crossrefUrl: string;
  eutilsUrl: string;
  /** Requests answered, for checking that nothing else was asked. */
  requests: string[];
  close(): Promise<void>;
}

/** Starts the fixture on an ephemeral port. `slowMs`: how long the slow DOI takes. */
export async function startMetadataFixture(slowMs = 3_000): Promise<MetadataFixture> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    requests.push(url.pathname + url.search);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith('/crossref/works/')) {
      const doi = decodeURIComponent(url.pathname.slice('/crossref/works/'.length));
      if (doi === SLOW_DOI) return void setTimeout(() => json(200, WORKS[FIXTURE_DOI]), slowMs);
      if (doi === NOT_JSON_DOI) {
        res.writeHead(200, { 'content-type': 'text/html' });
        return void res.end('<html><body>Service maintenance</body></html>');
      }
      const found = WORKS[doi];
      if (!found) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        return void res.end('Resource not found.');
      }
      return json(200, found);
    }
    if (url.pathname === '/eutils/esummary.fcgi' && url.searchParams.get('db') === 'pubmed') return json(200, esummary(url.searchParams.get('id') ?? ''));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    crossrefUrl: `${base}/crossref`,
    eutilsUrl: `${base}/eutils`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
