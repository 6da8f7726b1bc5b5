import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eventually, nodePosition, openBrowser, waitForGraph, type Session } from './support/browser.js';

const STUDIES = 2499;
const HUB = 'synthetic-hub';

/** A neighbourhood of 5,000 elements: one claim, 2,499 studies and an evidence edge from each. */
function bigGraph() {
  const study = (i: number) => `synthetic-study-${i}`;
  const nodes = [
    { classes: 'claim start', data: { id: HUB, kind: 'CLAIM', label: 'Synthetic hub claim', weight: STUDIES, degree: STUDIES, year: null, design: null, sampleSize: null } },
    ...Array.from({ length: STUDIES }, (_, i) => ({
      classes: 'study rct',
      data: { id: study(i), kind: 'STUDY', label: `Synthetic study ${i}`, weight: 1, degree: 1, year: 2000 + (i % 20), design: 'RCT', sampleSize: 100 },
    })),
  ];
  const edges = Array.from({ length: STUDIES }, (_, i) => ({
    classes: 'supports evidence',
    data: { id: `${study(i)}.f0.${HUB}`, source: study(i), target: HUB, kind: 'SUPPORTS', label: 'supports', stance: 'SUPPORTS', weight: 1, quote: 'q', discrepancies: [], timepoint: null, effect: null, sourceUrl: null },
  }));
  return { nodes, edges, omittedNodes: 0, truncated: false, leftOut: [] };
}

let s: Session;
beforeAll(async () => {
  s = await openBrowser();
});
afterAll(async () => {
  await s?.close();
});

describe('a large drawing', () => {
  test('5,000 elements are drawn at once and a click is handled while the layout runs off the main thread', async () => {
    const { page } = s;
    const graph = bigGraph();
    // Only the neighbourhood answer is synthetic; every other request reaches the real server.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { query: string };
      if (!body.query.includes('neighbourhood(')) return route.continue();
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: { neighbourhood: graph } }) });
    });
    await page.goto(`${s.baseUrl}/?focus=${HUB}`);
    await waitForGraph(page, STUDIES + 1);
    expect(await page.evaluate(() => window.cy!.elements().length)).toBe(2 * STUDIES + 1);
    expect(await page.locator('#graph').getAttribute('data-layout')).toBe('running');

    await page.evaluate(() => {
      window.cy!.on('tap', 'node', () => {
        (window as unknown as { tappedDuring: string }).tappedDuring = document.getElementById('graph')!.dataset.layout ?? '';
      });
    });
    const target = 'synthetic-study-7';
    await page.evaluate((id) => {
      window.cy!.center(window.cy!.getElementById(id));
    }, target);
    const at = await nodePosition(page, target);
    await page.mouse.click(at.x, at.y);
    await eventually(() => new URL(page.url()).searchParams.get('sel')).toBe(`n:${target}`);
    expect(await page.evaluate(() => (window as unknown as { tappedDuring?: string }).tappedDuring)).toBe('running');
  });
});
