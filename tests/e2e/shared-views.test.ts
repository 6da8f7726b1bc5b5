import { describe, expect, test } from 'vitest';
import { eventually, drawnNodeIds, useBrowser, waitForGraph } from './support/browser.js';

const LONG_TERM = 'massage-reduces-pain-chronic-lbp-long-term';
const s = useBrowser();

const positions = () =>
  s.page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), [Math.round(n.position('x')), Math.round(n.position('y'))]])));

describe('shared views', () => {
  test('the same URL draws the same node positions twice', async () => {
    const { page } = s;
    const url = `${s.baseUrl}/?focus=massage,${LONG_TERM}`;
    await page.goto(url);
    await waitForGraph(page, 10);
    const first = await positions();
    await page.goto('about:blank');
    await page.goto(url);
    await waitForGraph(page, 10);
    expect(await positions()).toEqual(first);
    await page.screenshot({ path: 'test-results/neighbourhood-massage.png' });
  });

  test('links shared before the overview existed keep their view', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=${LONG_TERM}`);
    await waitForGraph(page, 2);
    expect(await page.getByRole('tab', { name: 'Explorer' }).getAttribute('aria-selected')).toBe('true');
    await page.goto(`${s.baseUrl}/?view=claim&claim=${LONG_TERM}`);
    await page.getByRole('tabpanel', { name: 'Claim view' }).getByRole('region', { name: /^Contradicting/ }).waitFor();
    await page.goto(`${s.baseUrl}/?view=map`);
    await page.getByRole('table').waitFor();
  });

  test('the page title names the node shown; "Copy link" copies the address of the view', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=swedish-massage&sel=n:swedish-massage`);
    await waitForGraph(page, 2);
    await eventually(() => page.title()).toBe('Explorer: Swedish massage — evigraph');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await eventually(() => page.getByRole('status').filter({ hasText: 'Link copied.' }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('"Load more" never asks beyond the server cap', async () => {
    const { page } = s;
    const limits: number[] = [];
    page.on('request', (r) => {
      const body = r.postDataJSON() as { query?: string; variables?: { limit?: number } } | null;
      if (body?.query?.includes('neighbourhood')) limits.push(body.variables!.limit!);
    });
    await page.goto(`${s.baseUrl}/?focus=massage&limit=350`);
    await waitForGraph(page, 2);
    for (let i = 0; i < 3 && (await page.getByRole('button', { name: 'Load more' }).count()) > 0; i++) {
      await page.getByRole('button', { name: 'Load more' }).click();
      await waitForGraph(page, 2);
    }
    expect(Math.max(...limits)).toBeLessThanOrEqual(500);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect((await drawnNodeIds(page)).length).toBeGreaterThan(1);
  });
});
