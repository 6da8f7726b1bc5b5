import { crc32, deflateSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import type { ExportGraph } from '../../web/src/export/export-graph.js';
import { graphFileBase, graphTitle } from '../../web/src/export/graph-file-names.js';
import { composeSvg, legendItems } from '../../web/src/export/image-legend.js';
import { withPngText } from '../../web/src/export/png-text.js';

type Data = { id: string; [k: string]: unknown };
const view: ExportGraph<Data, Data & { source: string; target: string }> = {
  nodes: [{ data: { id: 's', kind: 'STUDY' } }, { data: { id: 'c', kind: 'CLAIM' } }],
  edges: [
    { data: { id: 'e1', source: 's', target: 'c', kind: 'CONTRADICTS', stance: 'CONTRADICTS' } },
    { data: { id: 'e2', source: 's', target: 'c', kind: 'SUPPORTS', stance: 'SUPPORTS' } },
  ],
};

describe('legendItems', () => {
  test("lists the node kinds and edge classes the picture shows, in the page legend's order, with their dashes", () => {
    expect(legendItems(view).map((i) => [i.type, i.name, i.dash])).toEqual([
      ['node', 'Claim', ''],
      ['node', 'Study', ''],
      ['edge', 'Supports (study → claim)', ''],
      ['edge', 'Contradicts (study → claim)', '9 5'],
    ]);
  });
});

describe('legend rows', () => {
  test('a long name wraps within its column, and rows below move down instead of overprinting it', () => {
    const many: ExportGraph<Data, Data & { source: string; target: string }> = {
      nodes: [{ data: { id: 'c', kind: 'CLAIM' }, classes: 'claim verdict-contested' }, { data: { id: 's', kind: 'STUDY' } }],
      edges: ['SUPPORTS', 'QUALIFIES', 'UPDATES', 'COMPARED_WITH', 'ASSERTS'].map((k, i) => ({
        data: { id: `e${i}`, source: 's', target: 'c', kind: k, ...(k === 'SUPPORTS' || k === 'QUALIFIES' ? { stance: k } : {}) },
      })),
    };
    const items = legendItems(many);
    expect(items.map((i) => i.name)).toContain('Claim: contested');
    const drawing = '<svg xmlns="http://www.w3.org/2000/svg" width="700" height="100" viewBox="0 0 700 100"></svg>';
    const svg = composeSvg(drawing, { title: 't', subtitle: 's' }, items);
    const legend = /<g class="legend">(.*)<\/g>/s.exec(svg)![1]!;
    const rows = [...legend.matchAll(/<text x="([0-9.]+)" y="([0-9.]+)"[^>]*>(.*?)<\/text>/g)]
      .slice(1)
      .map((m) => ({ x: Number(m[1]), y: Number(m[2]), lines: 1 + (m[3]!.match(/<tspan/g) ?? []).length }));
    expect(rows.some((r) => r.lines > 1)).toBe(true);
    for (const a of rows)
      for (const b of rows) if (a !== b && a.x === b.x && b.y > a.y) expect(b.y - a.y, JSON.stringify([a, b])).toBeGreaterThanOrEqual(a.lines * 16);
    expect(Number(/<svg [^>]*height="([0-9.]+)"/.exec(svg)![1])).toBeGreaterThan(Math.max(...rows.map((r) => r.y + (r.lines - 1) * 16)));
  });
});

describe('composeSvg', () => {
  const drawing =
    '<?xml version="1.0"?><!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300"><circle cx="5" cy="5" r="4"/></svg>';

  test('puts the title above the drawing, nests the drawing unchanged, and draws the legend below it', () => {
    const svg = composeSvg(drawing, { title: 'Evidence graph around “A & B”', subtitle: '2 nodes' }, legendItems(view));
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'text' || n === 'g' }).parse(svg).svg;
    expect(doc.title).toBe('Evidence graph around “A & B”');
    const [title, legend] = doc.g;
    expect(title['@_class']).toBe('title');
    expect(title.text.map((t: any) => t['#text'])).toEqual(['Evidence graph around “A & B”']);
    expect(doc.text.map((t: any) => t['#text'])).toEqual(['2 nodes']);
    expect(doc.svg['@_viewBox']).toBe('0 0 400 300');
    expect(doc.svg.circle['@_r']).toBe('4');
    expect(legend['@_class']).toBe('legend');
    expect(legend.text.map((t: any) => t['#text'])).toEqual(['Legend', 'Claim', 'Study', 'Supports (study → claim)', 'Contradicts (study → claim)']);
    expect(legend.line.map((l: any) => l['@_stroke-dasharray'] ?? '')).toEqual(['', '9 5']);
    expect(Number(legend.text[0]['@_y'])).toBeGreaterThan(Number(doc.svg['@_y']) + 300);
    // The study's ellipse; the claim's white box (its verdict fills it); the contradicting edge's tee arrowhead.
    expect([legend.ellipse['@_fill'], ...[legend.rect].flat().map((r: any) => r['@_fill'])]).toEqual(['#bfdbfe', '#ffffff', '#b2182b']);
    expect(legend.polygon['@_fill']).toBe('#1b7837');
  });

  test('wraps a title too long for the picture onto more lines, moving the drawing down', () => {
    const long = `Evidence graph around “${'very long claim words '.repeat(10).trim()}”`;
    const svg = composeSvg(drawing, { title: long, subtitle: 's' }, []);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'text' || n === 'g' }).parse(svg).svg;
    const lines = doc.g[0].text.map((t: any) => t['#text'] as string);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(long);
    expect(Math.max(...lines.map((l: string) => l.length)) * 12).toBeLessThanOrEqual(Number(doc['@_width']) - 32);
    expect(Number(doc.svg['@_y'])).toBeGreaterThan(30 + lines.length * 20);
  });
});

describe('withPngText', () => {
  test('adds iTXt chunks after the header chunk with valid lengths and CRCs', () => {
    // A 1×1 grey PNG: signature, IHDR, IDAT, IEND.
    const chunk = (type: string, data: Buffer) => {
      const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
      const head = Buffer.alloc(4);
      head.writeUInt32BE(data.length);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(body));
      return Buffer.concat([head, body, crc]);
    };
    const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
    const png = Uint8Array.from(
      Buffer.concat([
        Buffer.from('89504e470d0a1a0a', 'hex'),
        chunk('IHDR', ihdr),
        chunk('IDAT', deflateSync(Buffer.from([0, 128]))),
        chunk('IEND', Buffer.alloc(0)),
      ]),
    );
    const out = Buffer.from(withPngText(png, { Title: 'Évidence graph' }));
    const chunks: [string, Buffer][] = [];
    for (let at = 8; at < out.length; ) {
      const length = out.readUInt32BE(at);
      expect(crc32(out.subarray(at + 4, at + 8 + length))).toBe(out.readUInt32BE(at + 8 + length));
      chunks.push([out.toString('latin1', at + 4, at + 8), out.subarray(at + 8, at + 8 + length)]);
      at += 12 + length;
    }
    expect(chunks.map(([t]) => t)).toEqual(['IHDR', 'iTXt', 'IDAT', 'IEND']);
    const itxt = chunks[1]![1];
    expect(itxt.toString('utf8', 0, 5)).toBe('Title');
    expect(itxt.subarray(10).toString('utf8')).toBe('Évidence graph');
  });
});

describe('graph file names and titles', () => {
  test.each([
    [['massage-reduces-pain'], 'graph-massage-reduces-pain'],
    [['A B', 'c', 'd'], 'graph-a-b-and-2-more'],
    [[], 'graph-drawn'],
  ])('focus %j → %s', (focus, base) => {
    expect(graphFileBase(focus)).toBe(base);
  });

  test('the title names the focus; the subtitle says what it counts', () => {
    expect(graphTitle(['Massage helps'], 1, 2)).toEqual({
      title: 'Evidence graph around “Massage helps”',
      subtitle: '1 node and 2 edges (each edge one link or one finding) · evigraph',
    });
  });
});
