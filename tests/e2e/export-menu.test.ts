import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import path from 'node:path';
import { openBrowser, SCREENSHOTS, waitForGraph, type Session } from './support/browser.js';
import { VERDICT_LOOK } from '../../web/src/words/verdict.js';

/** "#d9f2df" → "217,242,223", as canvas pixels read. */
const hexToRgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(',');

const CONTESTED = 'massage-reduces-pain-chronic-lbp-long-term';

/** The iTXt/tEXt chunks of a PNG, by keyword. */
function pngText(png: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    const nul = data.indexOf(0);
    if (type === 'tEXt') out[data.toString('latin1', 0, nul)] = data.toString('latin1', nul + 1);
    if (type === 'iTXt') out[data.toString('utf8', 0, nul)] = data.subarray(nul + 5).toString('utf8');
    at += 12 + length;
  }
  return out;
}
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
    ['Citations — BibTeX', new RegExp(`^claim-${CONTESTED}-supporting-contradicting(-qualifying)?\\.bib$`), (t: string) => /@\w+\s*\{/.test(t)],
    ['Citations — RIS', new RegExp(`^claim-${CONTESTED}-supporting-contradicting(-qualifying)?\\.ris$`), (t: string) => /^TY {2}- /m.test(t) && /^ER {2}-/m.test(t)],
    ['Citations — CSL-JSON', new RegExp(`^claim-${CONTESTED}-supporting-contradicting(-qualifying)?\\.json$`), (t: string) => Array.isArray(JSON.parse(t)) && JSON.parse(t).length > 0],
    ['Citations — APA', new RegExp(`^claim-${CONTESTED}-supporting-contradicting(-qualifying)?-apa\\.txt$`), (t: string) => /\(\d{4}\)/.test(t)],
    ['Citations — Vancouver', new RegExp(`^claim-${CONTESTED}-supporting-contradicting(-qualifying)?-vancouver\\.txt$`), (t: string) => /\d{4}/.test(t)],
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

  test('citations of a claim no study bears on say so on the page and download nothing', async () => {
    const { page } = s;
    const claims = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ claims(first: 100) { nodes { id summary { studies } } } }' }),
      });
      return ((await res.json()) as { data: { claims: { nodes: { id: string; summary: { studies: number } }[] } } }).data.claims.nodes;
    });
    const empty = claims.find((c) => c.summary.studies === 0)!.id;
    await page.goto(`${s.baseUrl}/?view=claim&claim=${empty}`);
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByRole('button', { name: /Export/ }).click();
    await page.getByRole('menuitem', { name: 'Citations — RIS' }).click();
    await expect.poll(() => page.locator('.export-status').textContent()).toContain(`Nothing downloaded: Claim "${empty}" has no studies as evidence yet`);
    expect(downloads).toBe(0);
    await page.goto(`${s.baseUrl}/?focus=${CONTESTED}&sel=n:${CONTESTED}`);
    await waitForGraph(page, 3);
  });

  test('SVG has the title, a legend of what it shows, whole labels and no selection highlight', async () => {
    const { name, bytes } = await exportVia('Graph — SVG image');
    expect(name).toBe(`graph-${CONTESTED}.svg`);
    const svg = bytes.toString('utf8');
    const title = /<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
    expect(title).toMatch(/^Evidence graph around “.+”$/);
    const drawnTitle = [.../<g class="title">(.*?)<\/g>/s.exec(svg)![1]!.matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(drawnTitle).toBe(title);
    const legend = /<g class="legend">(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
    expect(legend).toContain('>Legend</text>');
    expect(legend).toContain('>Claim</text>');
    expect(legend).toContain('>Supports (study → claim)</text>');
    expect(legend).toContain('>Contradicts (study → claim)</text>');
    expect(svg).not.toContain('…');
    // The claim is selected in the page (sel=…); the page draws that as a dark overlay, the picture must not.
    expect(await s.page.evaluate(() => window.cy!.$(':selected').length)).toBe(1);
    expect(svg).not.toMatch(/rgba?\(17,\s*24,\s*39,\s*0?\.25\)/);
  });

  test('PNG has the title and legend drawn in and as PNG text', async () => {
    const { name, bytes } = await exportVia('Graph — PNG image');
    expect(name).toBe(`graph-${CONTESTED}.png`);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    fs.writeFileSync(path.join(SCREENSHOTS, 'export-graph.png'), bytes);
    const text = pngText(bytes);
    expect(text.Title).toMatch(/^Evidence graph around “.+”$/);
    expect(text.Description).toContain('Legend: ');
    expect(text.Description).toContain('Supports (study → claim)');
    const svg = (await exportVia('Graph — SVG image')).bytes.toString('utf8');
    const legendTop = Number(/<g class="legend"><text x="\d+" y="([0-9.]+)"/.exec(svg)![1]) - 8;
    // At twice the SVG's size: dark title text in the top band, the legend's colours below the drawing.
    const found = await s.page.evaluate(
      async ({ png, legendTop, verdictFills }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const c = document.createElement('canvas');
        [c.width, c.height] = [img.width, img.height];
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const pixels = (y0: number, y1: number) => {
          const d = ctx.getImageData(0, y0, c.width, y1 - y0).data;
          const set = new Set<string>();
          for (let i = 0; i < d.length; i += 4) set.add(`${d[i]},${d[i + 1]},${d[i + 2]}`);
          return set;
        };
        const top = pixels(0, 110);
        const legend = pixels(legendTop * 2, c.height);
        return { titleInk: top.has('17,24,39'), supports: legend.has('27,120,55'), contradicts: legend.has('178,24,43'), claim: verdictFills.some((f) => legend.has(f)) };
      },
      { png: bytes.toString('base64'), legendTop, verdictFills: Object.values(VERDICT_LOOK).map((v) => hexToRgb(v.fill)) },
    );
    expect(found).toEqual({ titleInk: true, supports: true, contradicts: true, claim: true });
  });

  test('GEXF and both Cytoscape style files download under names that say what they hold', async () => {
    const gexf = await exportVia('Graph — GEXF (Gephi)');
    expect(gexf.name).toBe(`graph-${CONTESTED}.gexf`);
    expect(gexf.bytes.toString('utf8')).toContain(`<node id="${CONTESTED}"`);
    const xml = await exportVia('Graph — Cytoscape Desktop style (XML)');
    expect(xml.name).toBe('evigraph-cytoscape-style.xml');
    expect(xml.bytes.toString('utf8')).toContain('<vizmap');
    const json = await exportVia('Graph — Cytoscape.js style (JSON)');
    expect(json.name).toBe('evigraph-cytoscape-styles.json');
    expect(JSON.parse(json.bytes.toString('utf8'))[0].style.length).toBeGreaterThan(5);
  });

  test('Cytoscape JSON holds the drawn nodes and edges', async () => {
    const { name, bytes } = await exportVia('Graph — Cytoscape JSON');
    expect(name).toBe(`graph-${CONTESTED}.cyjs`);
    const doc = JSON.parse(bytes.toString('utf8'));
    const drawn = await s.page.evaluate(() => window.cy!.nodes().not('.summary').length);
    expect(doc.elements.nodes).toHaveLength(drawn);
    expect(doc.elements.nodes.map((n: { data: { id: string } }) => n.data.id)).toContain(CONTESTED);
  });

  test('GraphML is a GraphML document with the drawn nodes', async () => {
    const { name, bytes } = await exportVia('Graph — GraphML');
    expect(name).toBe(`graph-${CONTESTED}.graphml`);
    const text = bytes.toString('utf8');
    expect(text).toMatch(/<graphml[\s>]/);
    expect(text).toContain(`<node id="${CONTESTED}">`);
  });
});
