import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

/** Debian's Chromium unless CHROMIUM_PATH names another. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run'];

/** Where the tests save screenshots: the README's own with UPDATE_SCREENSHOTS=1 (`npm run screenshots`), else test-results/ (the layout differs run to run). */
export const SCREENSHOTS = new URL(process.env.UPDATE_SCREENSHOTS === '1' ? '../../../docs/screenshots/' : '../../../test-results/screenshots/', import.meta.url).pathname;
fs.mkdirSync(SCREENSHOTS, { recursive: true });

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * A fresh headless Chromium (own profile directory) with one page, ready to open the app under test.
 * With `testHooks` (the default) every page asks for the test-only hooks (`window.cy`) before its scripts run.
 */
export async function openBrowser({ testHooks = true }: { testHooks?: boolean } = {}): Promise<Session> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'evigraph-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  if (testHooks) await context.addInitScript(() => {
    window.evigraphTestHooks = true;
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    browser: context.browser()!,
    context,
    page,
    baseUrl: inject('baseUrl'),
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** One browser for the whole test file: opened before its tests, closed after them. */
export function useBrowser(): Session {
  const session = {} as Session;
  beforeAll(async () => {
    Object.assign(session, await openBrowser());
  });
  afterAll(async () => {
    await session.close?.();
  });
  return session;
}

/** Node ids drawn now, read through the `window.cy` test hook. */
export const drawnNodeIds = (page: Page) => page.evaluate(() => window.cy!.nodes().map((n) => n.id()));

/** Waits until the graph shows at least `min` nodes and no request is loading. */
export async function waitForGraph(page: Page, min = 1): Promise<void> {
  await page.waitForFunction((n) => (window.cy?.nodes().length ?? 0) >= n, min);
  await page.locator('#graph-status .loading').waitFor({ state: 'detached' });
}

/** The screen position of a drawn node, for real mouse events on the canvas. */
export async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator('#graph').boundingBox())!;
  const p = await page.evaluate((nodeId) => window.cy!.getElementById(nodeId).renderedPosition(), id);
  return { x: box.x + p.x, y: box.y + p.y };
}

/** expect.poll with a patience fit for a cold database and a headless browser (the default is 1 s). */
export const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });
