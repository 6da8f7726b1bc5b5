import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser, SCREENSHOTS, type Session } from './support/browser.js';

const CONTESTED = 'massage-reduces-pain-chronic-lbp-long-term';
let s: Session;

beforeAll(async () => {
  s = await openBrowser();
});
afterAll(async () => {
  await s?.close();
});

test('the claim view of a contested claim shows supporting and contradicting studies side by side', async () => {
  const { page } = s;
  await page.goto(`${s.baseUrl}/?view=claim&claim=${CONTESTED}`);
  const panel = page.getByRole('tabpanel', { name: 'Claim view' });
  await panel.getByRole('heading', { level: 2 }).filter({ hasText: /long/i }).waitFor();
  const supporting = panel.getByRole('region', { name: /^Supporting/ });
  const contradicting = panel.getByRole('region', { name: /^Contradicting/ });
  expect(await supporting.getByRole('listitem').count()).toBeGreaterThan(0);
  expect(await contradicting.getByRole('listitem').count()).toBeGreaterThan(0);
  const study = contradicting.getByRole('listitem').first();
  expect(await study.locator('blockquote').textContent()).not.toBe('');
  expect(await study.locator('.study-facts').textContent()).toMatch(/\d{4}/);
  // Each finding says why it bears on this claim, and what it was compared with, as the seed records it.
  const whys = await panel.locator('li.study .why').allTextContents();
  expect(whys.length).toBe(await panel.locator('li.study').count());
  for (const why of whys) expect(why).toMatch(/^Why this stance: \S/);
  expect(await panel.locator('li.study .finding-facts').filter({ hasText: /^Compared with / }).count()).toBeGreaterThan(0);
  expect(await panel.getByText(/Contested/).count()).toBeGreaterThan(0);
  expect(await panel.getByRole('img', { name: /Evidence balance/ }).count()).toBe(1);
  expect(await panel.getByText(/^Certainty:/).count()).toBe(1);
  const disagreement = panel.getByRole('region', { name: 'Why studies disagree' });
  expect(await disagreement.getByRole('table').getByRole('row').count()).toBe(8);
  const [tableY, columnsY] = await Promise.all([disagreement.boundingBox(), supporting.boundingBox()]);
  expect(tableY!.y).toBeLessThan(columnsY!.y);
  expect(await panel.getByText(/Counted: \d+ distinct stud/).count()).toBe(1);
  await page.screenshot({ path: `${SCREENSHOTS}claim-view.png`, fullPage: true });
});

test('a claim chosen in the explorer opens in the claim view', async () => {
  const { page } = s;
  await page.goto(`${s.baseUrl}/?focus=${CONTESTED}&sel=n:${CONTESTED}`);
  await page.getByRole('button', { name: 'Open claim view' }).click();
  await page.getByRole('tabpanel', { name: 'Claim view' }).getByRole('region', { name: /^Contradicting/ }).waitFor();
  expect(new URL(page.url()).searchParams.get('claim')).toBe(CONTESTED);
});
