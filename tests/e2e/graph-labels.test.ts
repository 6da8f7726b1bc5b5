import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openBrowser, waitForGraph, type Session } from './support/browser.js';

const CLAIM = 'massage-reduces-pain-chronic-lbp-long-term';
let s: Session;

beforeAll(async () => {
  s = await openBrowser();
  await s.page.setViewportSize({ width: 1280, height: 800 });
  s.page.setDefaultTimeout(90_000); // a cold first draw on a busy machine
});
afterAll(async () => {
  await s?.close();
});

interface DrawnLabel {
  id: string;
  text: string;
  opacity: number;
  fontPx: number;
  box: { x1: number; y1: number; x2: number; y2: number };
}

/** Picks an export menu item and returns the downloaded file's bytes. */
async function exportVia(item: string): Promise<Buffer> {
  const { page } = s;
  await page.getByRole('button', { name: /Export/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return fs.readFileSync(await download.path());
}

/** Every node's label as Cytoscape renders it: its text, opacity, on-screen font size and rendered box. */
const drawnLabels = () =>
  s.page.evaluate(() => {
    const cy = window.cy!;
    const z = cy.zoom();
    const pan = cy.pan();
    return cy.nodes().map((n) => {
      const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      return {
        id: n.id(),
        text: String(n.style('label') ?? ''),
        opacity: Number(n.style('text-opacity')),
        fontPx: Number.parseFloat(String(n.style('font-size'))) * z,
        box: { x1: b.x1 * z + pan.x, y1: b.y1 * z + pan.y, x2: b.x2 * z + pan.x, y2: b.y2 * z + pan.y },
      };
    }) as DrawnLabel[];
  });

describe('graph labels at 1280×800', () => {
  test("a claim's neighbourhood shows every node's label, legible and on the canvas, without zooming", async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=${CLAIM}`);
    await waitForGraph(page, 3);
    await page.waitForTimeout(300);
    const canvas = await page.evaluate(() => ({ w: window.cy!.width(), h: window.cy!.height() }));
    const labels = await drawnLabels();
    expect(labels.length).toBeGreaterThan(3);
    for (const l of labels) {
      expect(l.text, l.id).not.toBe('');
      expect(l.opacity, l.id).toBeGreaterThan(0.9);
      expect(l.fontPx, l.id).toBeGreaterThanOrEqual(10);
      expect(l.box.x1, l.id).toBeGreaterThanOrEqual(0);
      expect(l.box.y1, l.id).toBeGreaterThanOrEqual(0);
      expect(l.box.x2, l.id).toBeLessThanOrEqual(canvas.w);
      expect(l.box.y2, l.id).toBeLessThanOrEqual(canvas.h);
    }
  });

  test('the exported SVG and PNG carry the same labels', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=${CLAIM}`);
    await waitForGraph(page, 3);
    const labels = (await drawnLabels()).map((l) => l.text.replace(/\s+/g, ' ').trim());
    const svg = (await exportVia('Graph — SVG image')).toString('utf8');
    const graphPart = /<svg x="[^"]*" y="[^"]*"[^>]*>(.*)<\/svg>\s*<g class="legend">/s.exec(svg)![1]!;
    const texts = [...graphPart.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').trim()).join(' ');
    for (const label of labels) expect(texts, label).toContain(label);
    // The PNG is drawn from that SVG: at twice its size, with the labels' ink (#111827) between the title and the legend.
    const png = await exportVia('Graph — PNG image');
    const top = Number(/<svg x="[^"]*" y="([0-9.]+)"/.exec(svg)![1]);
    const legendTop = Number(/<g class="legend"><text x="\d+" y="([0-9.]+)"/.exec(svg)![1]) - 8;
    const ink = await page.evaluate(
      async ({ png, top, legendTop }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const c = document.createElement('canvas');
        [c.width, c.height] = [img.width, img.height];
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const d = ctx.getImageData(0, top * 2, c.width, (legendTop - top) * 2).data;
        let dark = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i]! < 60 && d[i + 1]! < 60 && d[i + 2]! < 80) dark += 1;
        return { dark, width: img.width };
      },
      { png: png.toString('base64'), top, legendTop },
    );
    expect(ink.width).toBe(2 * Number(/<svg [^>]*width="([0-9.]+)"/.exec(svg)![1]));
    // Each label's letters: a dozen or more dark pixels per character at twice the size.
    expect(ink.dark).toBeGreaterThan(10 * labels.join('').length);
  });
});
