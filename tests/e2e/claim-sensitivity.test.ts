import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser, SCREENSHOTS, type Session } from './support/browser.js';

/** A claim with small trials among its studies, so leaving out small studies changes what is counted. */
const CLAIM = 'massage-reduces-pain-chronic-lbp-short-term';
let s: Session;

beforeAll(async () => {
  s = await openBrowser();
});
afterAll(async () => {
  await s?.close();
});

const countsText = async () => (await s.page.locator('.claim-summary .counts').textContent()) ?? '';

test('sensitivity toggles re-score the claim live and say what they left out', async () => {
  const { page } = s;
  await page.goto(`${s.baseUrl}/?view=claim&claim=${CLAIM}`);
  const panel = page.getByRole('tabpanel', { name: 'Claim view' });
  await panel.getByRole('heading', { level: 2 }).filter({ hasText: /short/i }).waitFor();
  const toggles = panel.getByRole('group', { name: /Sensitivity/ });
  expect(await toggles.getByRole('checkbox').count()).toBe(6);
  expect(await panel.locator('.approximation').textContent()).toMatch(/automated approximation .* not a GRADE assessment by a panel/);
  expect(await panel.locator('.certainty-domains li').count()).toBe(5);

  const before = await countsText();
  expect(before).toMatch(/Counted: \d+ distinct stud(y|ies) .*; \d+ findings? \(/);
  expect(await panel.locator('.study.not-counted').filter({ hasText: /small study/ }).count()).toBe(0);

  const small = toggles.getByRole('checkbox', { name: /small studies/ });
  await small.check();
  await panel.getByRole('status').filter({ hasText: /^Re-scored:/ }).waitFor();
  const after = await countsText();
  expect(after).not.toBe(before);
  expect(Number(/(\d+) findings?/.exec(after)![1])).toBeLessThan(Number(/(\d+) findings?/.exec(before)![1]));
  expect(await panel.locator('.study.not-counted').filter({ hasText: /small study \(n = \d+ < 100\)/ }).count()).toBeGreaterThan(0);
  await panel.locator('details.excluded summary').click();
  expect(await panel.locator('details.excluded li').filter({ hasText: /small study/ }).count()).toBeGreaterThan(0);
  expect(await panel.getByRole('link', { name: 'CSV' }).getAttribute('href')).toContain('exclude=small');
  expect(await small.isChecked()).toBe(true);
  await page.screenshot({ path: `${SCREENSHOTS}claim-view-sensitivity.png`, fullPage: true });

  await small.uncheck();
  await panel.getByRole('status').filter({ hasText: /^Showing all findings/ }).waitFor();
  expect(await countsText()).toBe(before);
  expect(await panel.locator('.study.not-counted').filter({ hasText: /small study/ }).count()).toBe(0);
});

test('a keyboard user can toggle an option', async () => {
  const { page } = s;
  await page.goto(`${s.baseUrl}/?view=claim&claim=${CLAIM}`);
  const panel = page.getByRole('tabpanel', { name: 'Claim view' });
  const box = panel.getByRole('checkbox', { name: /secondary sources/ });
  await box.focus();
  await page.keyboard.press('Space');
  await panel.getByRole('status').filter({ hasText: /^Re-scored:/ }).waitFor();
  expect(await box.isChecked()).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('sens-excludeSecondarySources');
});
