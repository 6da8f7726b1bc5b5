import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { openBrowser, SCREENSHOTS, waitForGraph, type Session } from './support/browser.js';

/** At 390 × 844 (a phone): no view scrolls sideways, the explorer's drawers close, tables wrap at words, map headers stay. */
const LONG_TERM = 'massage-reduces-pain-chronic-lbp-long-term';
let s: Session;
beforeAll(async () => {
  s = await openBrowser();
  await s.page.setViewportSize({ width: 390, height: 844 });
});
afterAll(async () => {
  await s?.close();
});

/** How far the page scrolls sideways, and the elements that stick out past the right edge (to say why). */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement!;
    const width = root.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && el.getClientRects().length > 0 && !el.closest('.map-scroll, [hidden]'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} → ${Math.round(el.getBoundingClientRect().right)} px`);
    return { scrollWidth: root.scrollWidth, clientWidth: width, wide };
  });

const settled = async (page: Page) => page.locator('.status.loading').first().waitFor({ state: 'detached' });

describe('no view scrolls sideways at 390 × 844', () => {
  test.each([
    ['overview', '/?question=massage-back-pain', '#panel-overview tr[data-claim]'],
    ['landing list of questions', '/', '#panel-overview .question-item'],
    ['explorer', `/?focus=${LONG_TERM}`, '#drawn-nodes li'],
    ['explorer with a node selected', `/?focus=${LONG_TERM}&sel=n:${LONG_TERM}`, '#details h3'],
    ['claim view', `/?view=claim&claim=${LONG_TERM}`, '#panel-claim blockquote'],
    ['evidence map', '/?view=map', '.evidence-map-table .map-cell'],
    ['evidence map with a cell open', '/?view=map&cell=massage,chronic-low-back-pain', '#cell-list .cell-claims'],
  ])('%s', async (name, url, ready) => {
    const { page } = s;
    await page.goto(`${s.baseUrl}${url}`);
    await page.locator(ready).first().waitFor({ state: 'attached', timeout: 55_000 });
    await settled(page);
    const measured = await sideways(page);
    await page.screenshot({ path: `${SCREENSHOTS}phone-${name.replaceAll(' ', '-')}.png`, fullPage: true });
    expect(measured.scrollWidth, `${name}: sticking out: ${measured.wide.join('; ')}`).toBeLessThanOrEqual(measured.clientWidth);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("the explorer's drawers on a phone", () => {
  const details = () => s.page.locator('#details');
  const openFromClaim = async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?view=claim&claim=${LONG_TERM}`);
    await page.getByRole('button', { name: 'Show in the explorer' }).click();
    await waitForGraph(page, 2);
    await details().locator('h3').first().waitFor();
    expect(await details().isVisible()).toBe(true);
  };

  test('"Show in the explorer" opens the details drawer, and its close button closes it and gives the graph back', async () => {
    const { page } = s;
    await openFromClaim();
    const close = details().getByRole('button', { name: 'Close details' });
    expect(await close.isVisible()).toBe(true);
    await close.click();
    await details().waitFor({ state: 'hidden' });
    const toggle = page.getByRole('button', { name: 'Details', exact: true });
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#graph').isVisible()).toBe(true);
  });

  test('Escape closes the drawer wherever focus is', async () => {
    const { page } = s;
    await openFromClaim();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await details().waitFor({ state: 'hidden' });
  });

  test('a tap outside the drawer closes it', async () => {
    const { page } = s;
    await openFromClaim();
    const drawer = (await details().boundingBox())!;
    // The strip left of the drawer: over the page, not the drawer.
    expect(drawer.x).toBeGreaterThan(20);
    await page.mouse.click(drawer.x / 2, 400);
    await details().waitFor({ state: 'hidden' });
  });

  test('the filters drawer closes by its button too', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=${LONG_TERM}`);
    await waitForGraph(page, 2);
    await page.getByRole('button', { name: 'Filters and legend' }).click();
    await page.locator('#side').waitFor({ state: 'visible' });
    await page.locator('#side').getByRole('button', { name: 'Close filters and legend' }).click();
    await page.locator('#side').waitFor({ state: 'hidden' });
  });
});

test('the disagreement table wraps at word boundaries', async () => {
  const { page } = s;
  await page.goto(`${s.baseUrl}/?view=claim&claim=${LONG_TERM}`);
  const table = page.getByRole('region', { name: 'Why studies disagree' }).getByRole('table');
  await table.waitFor();
  // Each word of a cell sits on one line (a hyphen may end a line: "self-" / "care" is a word boundary).
  const broken = await table.evaluate((t) => {
    const out: string[] = [];
    for (const cell of t.querySelectorAll<HTMLElement>('th, td')) {
      const range = document.createRange();
      const text = cell.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) continue;
      const value = text.textContent ?? '';
      for (const m of value.matchAll(/[^\s-]+/g)) {
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        if (range.getClientRects().length > 1) out.push(m[0]);
      }
    }
    return out;
  });
  expect(broken).toEqual([]);
  expect(await table.locator('th', { hasText: 'Comparator' }).count()).toBe(1);
  // And it fits the screen: nothing of it scrolls sideways inside its own box either.
  const region = page.getByRole('region', { name: 'Why studies disagree' });
  expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
});

test('the evidence map scrolls in its own box and its column headers stay visible after scrolling', async () => {
  const { page } = s;
  await page.goto(`${s.baseUrl}/?view=map`);
  const grid = page.locator('.map-scroll');
  await grid.locator('.map-cell').first().waitFor();
  const header = grid.locator('thead th').nth(1);
  const headerHeight = (await header.boundingBox())!.height;
  expect(headerHeight, 'rotated headers take at most a sixth of the screen').toBeLessThanOrEqual(844 / 6);
  await grid.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect.poll(() => grid.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
  const [box, head] = await Promise.all([grid.boundingBox(), header.boundingBox()]);
  expect(head!.y).toBeGreaterThanOrEqual(box!.y - 1);
  expect(head!.y + head!.height).toBeLessThanOrEqual(box!.y + box!.height);
  // Drawn over the cells scrolled under it, not behind them.
  const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('th')?.textContent ?? null, [head!.x + head!.width / 2, head!.y + head!.height / 2]);
  expect(onTop).toBe(await header.textContent());
  // The row headers stay too, at the grid's left edge, after a sideways scroll.
  await grid.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect.poll(() => grid.evaluate((el) => el.scrollLeft)).toBeGreaterThan(50);
  const rowHead = await grid.locator('tbody th').last().boundingBox();
  expect(rowHead!.x).toBeLessThanOrEqual(box!.x + 1);
  await page.screenshot({ path: `${SCREENSHOTS}phone-map-scrolled.png` });
});
