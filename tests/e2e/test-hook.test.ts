import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser, type Session } from './support/browser.js';

/** The `window.cy` test hook is a test-only channel: a page that did not ask for it does not get it. */
let plain: Session;
let tested: Session;
beforeAll(async () => {
  [plain, tested] = await Promise.all([openBrowser({ testHooks: false }), openBrowser()]);
});
afterAll(async () => {
  await Promise.all([plain?.close(), tested?.close()]);
});

const CLAIM = 'massage-reduces-pain-chronic-lbp-short-term';

test('the drawing is handed to a page only when the tests ask for it', async () => {
  for (const s of [plain, tested]) {
    await s.page.goto(`${s.baseUrl}/?view=explorer&focus=${CLAIM}`);
    await s.page.locator('#drawn-nodes li').first().waitFor({ state: 'attached' });
  }
  expect(await plain.page.evaluate(() => typeof window.cy)).toBe('undefined');
  expect(await tested.page.evaluate(() => window.cy?.nodes().length ?? 0)).toBeGreaterThan(1);
});
