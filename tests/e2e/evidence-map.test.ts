import { afterAll, beforeAll, expect, test } from 'vitest';
import { eventually, drawnNodeIds, openBrowser, SCREENSHOTS, waitForGraph, type Session } from './support/browser.js';

let s: Session;

beforeAll(async () => {
  s = await openBrowser();
});
afterAll(async () => {
  await s?.close();
});

test('a click on an evidence-map cell opens its subgraph in the explorer', async () => {
  const { page } = s;
  await page.goto(s.baseUrl);
  await page.getByRole('tab', { name: 'Evidence map' }).click();
  const cells = page.getByRole('button', { name: /studies .* Open its subgraph/ });
  await cells.first().waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}evidence-map.png` });
  const cell = cells.first();
  const row = await cell.getAttribute('data-row');
  await cell.click();
  await eventually(() => page.getByRole('tab', { name: 'Explorer' }).getAttribute('aria-selected')).toBe('true');
  await waitForGraph(page, 2);
  const focus = new URL(page.url()).searchParams.get('focus')!.split(',');
  const drawn = await drawnNodeIds(page);
  expect(drawn).toEqual(expect.arrayContaining(focus));
  expect(drawn).toContain(row);
});

test('the map can put outcomes in the columns', async () => {
  const { page } = s;
  await page.goto(`${s.baseUrl}/?view=map`);
  await page.getByRole('combobox', { name: /Techniques against/ }).selectOption('OUTCOME');
  await page.getByRole('button', { name: /studies .* Open its subgraph/ }).first().waitFor();
  expect(new URL(page.url()).searchParams.get('cols')).toBe('OUTCOME');
});
