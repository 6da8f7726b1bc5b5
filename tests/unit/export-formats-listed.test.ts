import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CITATION_FORMAT_LIST, GRAPH_FORMAT_LIST } from '../../server/src/domain/export-formats.js';
import { CITATION_FORMATS, formatFromParam } from '../../server/src/export/citation-formats.js';

const DOC = fs.readFileSync(path.join(import.meta.dirname, '../../docs/export.md'), 'utf8');
const MENU = fs.readFileSync(path.join(import.meta.dirname, '../../web/src/panels/export-menu.ts'), 'utf8');

describe('export formats come from one list (server/src/domain/export-formats.ts)', () => {
  test.each(CITATION_FORMAT_LIST.map((f) => [f.format, f] as const))('%s: the server table, the URL/CLI name and the docs agree', (format, f) => {
    expect(CITATION_FORMATS[format]).toEqual({ mimeType: f.mimeType, extension: f.extension, param: f.param });
    expect(formatFromParam(f.param)).toBe(format);
    expect(DOC).toContain(`| \`${format}\` / \`${f.param}\` | \`${f.mimeType}\` |`);
  });

  test('docs list every graph format by its menu label', () => {
    const menuColumn = DOC.split('\n')
      .filter((l) => l.startsWith('| '))
      .map((l) => l.split(' | ')[0]!.slice(2));
    for (const { label } of GRAPH_FORMAT_LIST) expect(menuColumn.some((cell) => cell.split(' / ').includes(label))).toBe(true);
  });

  test('the Export menu names no format itself: it maps the two lists', () => {
    expect(MENU).toContain('CITATION_FORMAT_LIST.map(');
    expect(MENU).toContain('GRAPH_FORMAT_LIST.map(');
    for (const { label } of [...CITATION_FORMAT_LIST, ...GRAPH_FORMAT_LIST]) expect(MENU).not.toContain(`'${label}'`);
  });
});
