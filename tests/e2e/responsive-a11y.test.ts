import { describe, expect, test } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { eventually, useBrowser, waitForGraph } from './support/browser.js';

const LONG_TERM = 'massage-reduces-pain-chronic-lbp-long-term';
const s = useBrowser();

const box = async (selector: string) => (await s.page.locator(selector).first().boundingBox())!;

describe.each([
  [390, 844],
  [1280, 720],
])('at %i × %i', (width, height) => {
  test('the graph has room and the claim view shows both columns', async () => {
    const { page } = s;
    await page.setViewportSize({ width, height });
    await page.goto(`${s.baseUrl}/?focus=${LONG_TERM}`);
    await waitForGraph(page, 2);
    const graph = await box('#graph');
    await page.screenshot({ path: `test-results/viewport-${width}-explorer.png` });
    expect(graph.width).toBeGreaterThan(width * 0.5);
    expect(graph.height).toBeGreaterThan(250);
    await page.goto(`${s.baseUrl}/?view=claim&claim=${LONG_TERM}`);
    const panel = page.getByRole('tabpanel', { name: 'Claim view' });
    for (const name of [/^Supporting/, /^Contradicting/]) {
      const column = panel.getByRole('region', { name });
      await column.waitFor();
      const b = (await column.boundingBox())!;
      expect(b.width).toBeGreaterThan(200);
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(width + 1);
    }
    await page.screenshot({ path: `test-results/viewport-${width}-claim.png` });
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});

test('the claim page prints its statement, verdict, certainty and both sides with quotes, without the controls', async () => {
  const { page } = s;
  await page.goto(`${s.baseUrl}/?view=claim&claim=${LONG_TERM}`);
  const panel = page.getByRole('tabpanel', { name: 'Claim view' });
  await panel.locator('blockquote').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  try {
    expect(await page.locator('header.top').isVisible()).toBe(false);
    expect(await panel.getByRole('button', { name: 'Show in the explorer' }).isVisible()).toBe(false);
    for (const part of ['#claim-heading', '.verdict-chip', '.certainty', '.evidence-column.supports blockquote', '.evidence-column.contradicts blockquote']) {
      expect(await panel.locator(part).first().isVisible(), part).toBe(true);
    }
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});

describe('accessibility', () => {
  test('on a phone the filters and details open as drawers and close with Escape', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${s.baseUrl}/?focus=${LONG_TERM}`);
    await waitForGraph(page, 2);
    const toggle = page.getByRole('button', { name: 'Filters and legend' });
    expect(await page.locator('#side').isVisible()).toBe(false);
    await toggle.click();
    await page.locator('#side').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.locator('#side').waitFor({ state: 'hidden' });
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test("one evidence edge's quote can be read with the keyboard alone", async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=${LONG_TERM}`);
    await waitForGraph(page, 3);
    const edge = await page.evaluate(() => window.cy!.edges('.contradicts').first().data() as { id: string; quote: string });
    const summary = page.locator(`#evidence-list > summary`);
    // Tab until the evidence list's summary has focus.
    for (let i = 0; i < 200 && !(await summary.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const item = page.locator(`li[data-edge="${edge.id}"] > details > summary`);
    for (let i = 0; i < 200 && !(await item.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await item.textContent()).toMatch(/contradicts “Massage reduces pain in chronic non-specific low back pain in the long term/);
    await page.keyboard.press('Enter');
    expect(await page.locator(`li[data-edge="${edge.id}"] blockquote`).textContent()).toBe(edge.quote);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // "Select in the graph"
    await eventually(() => new URL(page.url()).searchParams.get('sel')).toBe(`e:${edge.id}`);
    await eventually(() => page.getByRole('complementary', { name: 'Details' }).locator('blockquote').first().textContent()).toBe(edge.quote);
  });

  test('after an export, focus returns to the Export button', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=${LONG_TERM}`);
    await waitForGraph(page, 2);
    await page.getByRole('button', { name: /Export/ }).click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Graph — GraphML' }).click()]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('export-button');
  });

  test.each([
    ['overview', '/?question=massage-back-pain', '#panel-overview tr[data-claim]'],
    ['landing list of questions', '/', '#panel-overview .question-item'],
    ['explorer', `/?focus=${LONG_TERM}&sel=n:${LONG_TERM}`, '#details h3'],
    ['claim view', `/?view=claim&claim=${LONG_TERM}`, '#panel-claim blockquote'],
    ['evidence map', '/?view=map&cell=massage,chronic-low-back-pain', '#cell-list .cell-claims'],
  ])('axe finds no serious or critical violation on the %s', async (_, url, ready) => {
    const { page } = s;
    await page.goto(`${s.baseUrl}${url}`);
    await page.locator(ready).first().waitFor();
    await page.locator('.status.loading').first().waitFor({ state: 'detached' });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
