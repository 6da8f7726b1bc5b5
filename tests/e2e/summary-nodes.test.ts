import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { eventually, nodePosition, SCREENSHOTS, useBrowser, waitForGraph } from './support/browser.js';

const HUB = 'massage';
/** Small enough that the seed's massage technique (dozens of claims) has neighbours left out at every step. */
const LIMIT = 4;
const s = useBrowser();

/** What the API itself says is left out around massage when asked with this fan-out, as the page asks it. */
async function apiLeftOut(fanOut: number, limit: number): Promise<string | null> {
  const query = `query($ids: [ID!]!, $fanOut: Int, $limit: Int) { neighbourhood(ids: $ids, depth: 1, filter: {}, fanOut: $fanOut, limit: $limit) { leftOut { nodeId label } } }`;
  const res = await fetch(`${s.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { ids: [HUB], fanOut, limit } }) });
  const body = (await res.json()) as { data: { neighbourhood: { leftOut: { nodeId: string; label: string }[] } } };
  return body.data.neighbourhood.leftOut.find((l) => l.nodeId === HUB)?.label ?? null;
}

const positions = (page: Page) =>
  page.evaluate(() => Object.fromEntries(window.cy!.nodes().not('.summary').nodes().map((n) => [n.id(), [Math.round(n.position('x')), Math.round(n.position('y'))]])));
const realNodes = (page: Page) => page.evaluate(() => window.cy!.nodes().not('.summary').length);
const summaryLabel = (page: Page) => page.evaluate((id) => (window.cy!.nodes(`.summary[summaryOf = "${id}"]`).data('label') as string | undefined) ?? null, HUB);

describe('summary nodes: what the caps left out, drawn and expandable', () => {
  test("massage's summary node carries the API's words and opens by keyboard and by click, drawing more neighbours", async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=${HUB}&limit=${LIMIT}`);
    await waitForGraph(page, LIMIT);
    const first = await apiLeftOut(LIMIT, LIMIT);
    expect(first).toMatch(/^\+\d+ /);
    await eventually(() => summaryLabel(page)).toBe(first);
    await page.locator('#graph-status .loading').waitFor({ state: 'detached' });
    await page.screenshot({ path: `${SCREENSHOTS}summary-node.png` });
    // The explorer asks `limit` nodes in all (massage and 3 neighbours); the summary node is not counted.
    expect(await realNodes(page)).toBe(LIMIT);
    await expect.poll(() => page.locator('#graph-status .counts').textContent()).toContain(`Showing ${LIMIT} nodes`);

    // Keyboard: the list of drawn nodes names the summary as a button; Enter opens it.
    await page.locator('details.drawn-list > summary').focus();
    await page.keyboard.press('Enter');
    const button = page.getByRole('button', { name: `Show more of Massage therapy (${first})` });
    expect(await seriousViolations(page)).toEqual([]);
    const before = await positions(page);
    await button.focus();
    await page.keyboard.press('Enter');
    await eventually(() => new URL(page.url()).searchParams.get('more')).toBe(`${HUB}:${LIMIT * 2}`);
    await eventually(() => realNodes(page)).toBe(LIMIT * 2 + 1);
    // The nodes drawn before keep their places; the new ones are added around them.
    expect(await positions(page)).toMatchObject(before);
    const second = await apiLeftOut(LIMIT * 2, LIMIT * 2 + 1);
    expect(second).not.toBe(first);
    await eventually(() => summaryLabel(page)).toBe(second);
    await expect.poll(() => page.locator('#graph-status .counts').textContent()).toContain(`Showing ${LIMIT * 2 + 1} nodes`);
    await page.locator('#graph-status .loading').waitFor({ state: 'detached' });

    // Click: the summary node on the canvas.
    await page.evaluate((id) => {
      window.cy!.center(window.cy!.getElementById(id));
    }, `more-of:${HUB}`);
    const at = await nodePosition(page, `more-of:${HUB}`);
    await page.mouse.click(at.x, at.y);
    await eventually(() => realNodes(page)).toBe(LIMIT * 4 + 1);
    await eventually(() => summaryLabel(page)).toBe(await apiLeftOut(LIMIT * 4, LIMIT * 4 + 1));
    expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
    await page.getByRole('button', { name: /^Show more of Massage therapy \(\+/ }).waitFor();
    await page.screenshot({ path: 'test-results/summary-node-opened-twice.png' });
  });

  test('a graph export holds no summary node', async () => {
    const { page } = s;
    await page.getByRole('button', { name: /Export/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Graph — Cytoscape JSON' }).click()]);
    const doc = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as { elements: { nodes: { data: { id: string } }[]; edges: { data: { id: string; target: string } }[] } };
    const ids = doc.elements.nodes.map((n) => n.data.id);
    expect(await page.evaluate(() => window.cy!.nodes('.summary').length)).toBe(1);
    expect(ids).toContain(HUB);
    expect(ids).toHaveLength(await realNodes(page));
    expect(ids.filter((id) => id.startsWith('more-of'))).toEqual([]);
    expect(doc.elements.edges.filter((e) => e.data.id.startsWith('more-of') || e.data.target.startsWith('more-of'))).toEqual([]);
  });

  test('a new answer rebuilds the summary: a filter that hides conditions changes what is left out', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=${HUB}&limit=${LIMIT}&kinds=TECHNIQUE,CLAIM`);
    await waitForGraph(page, 2);
    const query = `{ neighbourhood(ids: ["${HUB}"], depth: 1, filter: {kinds: [TECHNIQUE, CLAIM]}, fanOut: ${LIMIT}, limit: ${LIMIT}) { leftOut { nodeId label } } }`;
    const res = await fetch(`${s.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const filtered = ((await res.json()) as { data: { neighbourhood: { leftOut: { nodeId: string; label: string }[] } } }).data.neighbourhood.leftOut.find((l) => l.nodeId === HUB)!.label;
    await eventually(() => summaryLabel(page)).toBe(filtered);
    expect(filtered).not.toBe(await apiLeftOut(LIMIT, LIMIT));
  });
});
