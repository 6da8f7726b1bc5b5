import { afterAll, beforeAll, expect, test } from 'vitest';
import { eventually, openBrowser, waitForGraph, type Session } from './support/browser.js';

let s: Session;

beforeAll(async () => {
  s = await openBrowser();
});
afterAll(async () => {
  await s?.close();
});

test('a DB_UNAVAILABLE answer shows a message in words and a retry that recovers', async () => {
  const { page } = s;
  let failing = true;
  await page.route('**/graphql', (route) =>
    failing
      ? route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ data: null, errors: [{ message: 'Database unavailable', extensions: { code: 'DB_UNAVAILABLE' } }] }),
        })
      : route.continue(),
  );
  await page.goto(`${s.baseUrl}/?focus=massage-reduces-pain-chronic-lbp-long-term`);
  const alert = page.locator('#graph-status').getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('The evidence database is not answering');
  expect(await page.evaluate(() => window.cy!.nodes().length)).toBe(0);
  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitForGraph(page, 2);
  expect(await alert.count()).toBe(0);
});

test('a search with no match says so', async () => {
  const { page } = s;
  await page.goto(s.baseUrl);
  await page.getByRole('combobox', { name: 'Search the evidence graph' }).fill('xyzzyqq');
  await eventually(() => page.locator('.search-status').textContent()).toMatch(/Nothing matches/);
});
