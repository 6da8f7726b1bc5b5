import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openBrowser, waitForGraph, type Session } from './support/browser.js';

const CONTESTED = 'massage-reduces-pain-chronic-lbp-long-term';
let s: Session;

beforeAll(async () => {
  s = await openBrowser();
  await s.page.goto(`${s.baseUrl}/?focus=${CONTESTED}&sel=n:${CONTESTED}`);
  await waitForGraph(s.page, 3);
});
afterAll(async () => {
  await s?.close();
});

/** Picks a menu item and returns the downloaded file's name and bytes. */
async function exportVia(item: string) {
  const { page } = s;
  await page.getByRole('button', { name: /Export/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

describe('Export menu', () => {
  test.each([
    ['Citations — BibTeX', /\.bib$/, (t: string) => /@\w+\s*\{/.test(t)],
    ['Citations — RIS', /\.ris$/, (t: string) => /^TY {2}- /m.test(t) && /^ER {2}-/m.test(t)],
    ['Citations — CSL-JSON', /\.json$/, (t: string) => Array.isArray(JSON.parse(t)) && JSON.parse(t).length > 0],
    ['Citations — APA', /\.(txt|html?)$/, (t: string) => /\(\d{4}\)/.test(t)],
    ['Citations — Vancouver', /\.(txt|html?)$/, (t: string) => /\d{4}/.test(t)],
  ])('%s downloads a non-empty file of that format', async (item, ext, looksRight) => {
    const { name, bytes } = await exportVia(item);
    expect(name).toMatch(ext);
    expect(bytes.length).toBeGreaterThan(0);
    expect(looksRight(bytes.toString('utf8'))).toBe(true);
  });

  test('the citation text is also copied to the clipboard', async () => {
    await exportVia('Citations — RIS');
    const clip = await s.page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toMatch(/^TY {2}- /m);
  });

  test('with no claim chosen, citations cover the studies drawn', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=${CONTESTED}`);
    await waitForGraph(page, 3);
    const studies = await page.evaluate(() => window.cy!.nodes('.study').length);
    const { bytes } = await exportVia('Citations — RIS');
    expect(bytes.toString('utf8').match(/^TY {2}- /gm)).toHaveLength(studies);
    expect(await page.locator('.export-status').textContent()).toContain(`of ${studies} studies`);
    await page.goto(`${s.baseUrl}/?focus=${CONTESTED}&sel=n:${CONTESTED}`);
    await waitForGraph(page, 3);
  });

  test('PNG is a PNG image', async () => {
    const { name, bytes } = await exportVia('Graph — PNG image');
    expect(name).toMatch(/\.png$/);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  });

  test('SVG is an SVG document', async () => {
    const { name, bytes } = await exportVia('Graph — SVG image');
    expect(name).toMatch(/\.svg$/);
    expect(bytes.toString('utf8')).toMatch(/<svg[\s>]/);
  });

  test('Cytoscape JSON holds the drawn nodes and edges', async () => {
    const { name, bytes } = await exportVia('Graph — Cytoscape JSON');
    expect(name).toMatch(/\.cyjs$/);
    const doc = JSON.parse(bytes.toString('utf8'));
    const drawn = await s.page.evaluate(() => window.cy!.nodes().length);
    expect(doc.elements.nodes).toHaveLength(drawn);
    expect(doc.elements.nodes.map((n: { data: { id: string } }) => n.data.id)).toContain(CONTESTED);
  });

  test('GraphML is a GraphML document with the drawn nodes', async () => {
    const { name, bytes } = await exportVia('Graph — GraphML');
    expect(name).toMatch(/\.graphml$/);
    const text = bytes.toString('utf8');
    expect(text).toMatch(/<graphml[\s>]/);
    expect(text).toContain(`<node id="${CONTESTED}">`);
  });
});
