import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { importGraphOf, importsOutside, layerOf, QUERIES_MAY_IMPORT, SERVER_LAYERS, upwardImports, type ImportGraph } from '../support/server-layers.js';

const SERVER_SRC = path.join(import.meta.dirname, '../../server/src');
const graph = importGraphOf(SERVER_SRC);
const pretty = (list: { from: string; to: string }[]) => list.map((v) => `${v.from} -> ${v.to}`);

describe('every server import points down (layers in tests/support/server-layers.ts)', () => {
  test('the import graph was read: many files, many relative imports', () => {
    expect(Object.keys(graph).length).toBeGreaterThan(100);
    expect(graph['use-cases/claim-page.ts']).toContain('queries/get-claim-whole.ts');
  });

  test('every file belongs to a layer', () => {
    for (const file of Object.keys(graph)) expect(() => layerOf(file)).not.toThrow();
  });

  test('no file imports from a higher layer', () => {
    expect(pretty(upwardImports(graph))).toEqual([]);
  });

  test('queries/ imports only the database, the domain and the error codes', () => {
    expect(pretty(importsOutside(graph, 'queries', QUERIES_MAY_IMPORT))).toEqual([]);
  });
});

describe('the checker catches a planted upward import', () => {
  const planted: ImportGraph = {
    'domain/models.ts': [],
    'queries/get-evidence.ts': ['domain/models.ts', 'db/db.ts'],
    'db/db.ts': ['domain/models.ts'],
    'resolvers/type-claim.ts': ['use-cases/claim-page.ts', 'queries/get-evidence.ts'],
    'use-cases/claim-page.ts': ['queries/get-evidence.ts'],
  };

  test('a clean graph passes', () => {
    expect(upwardImports(planted)).toEqual([]);
  });

  test('queries -> resolvers is reported', () => {
    const bad = { ...planted, 'queries/get-evidence.ts': [...planted['queries/get-evidence.ts']!, 'resolvers/type-claim.ts'] };
    expect(pretty(upwardImports(bad))).toEqual(['queries/get-evidence.ts -> resolvers/type-claim.ts']);
  });

  test('domain -> use-cases and db -> queries are reported, the first layer last', () => {
    const bad = { ...planted, 'domain/models.ts': ['use-cases/claim-page.ts'], 'db/db.ts': ['queries/get-evidence.ts'] };
    expect(pretty(upwardImports(bad))).toEqual(['domain/models.ts -> use-cases/claim-page.ts', 'db/db.ts -> queries/get-evidence.ts']);
  });

  test('queries -> evidence goes up a layer and outside what queries may import', () => {
    const bad = { ...planted, 'queries/get-evidence.ts': ['evidence/evidence-point.ts'] };
    expect(pretty(upwardImports(bad))).toEqual(['queries/get-evidence.ts -> evidence/evidence-point.ts']);
    expect(pretty(importsOutside(bad, 'queries', QUERIES_MAY_IMPORT))).toEqual(['queries/get-evidence.ts -> evidence/evidence-point.ts']);
  });

  test('a planted import in a real file, as text, is read and reported', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
    fs.mkdirSync(path.join(root, 'queries'));
    fs.mkdirSync(path.join(root, 'resolvers'));
    fs.writeFileSync(path.join(root, 'resolvers/index.ts'), 'export const resolvers = {};\n');
    fs.writeFileSync(
      path.join(root, 'queries/paging.ts'),
      "import type { X } from '../domain/models.js';\nimport { resolvers } from '../resolvers/index.js';\n",
    );
    expect(pretty(upwardImports(importGraphOf(root)))).toEqual([path.normalize('queries/paging.ts -> resolvers/index.ts')]);
  });

  test('a folder in no layer is an error, not a pass', () => {
    expect(() => layerOf('newthing/x.ts')).toThrow(/in no layer/);
    expect(SERVER_LAYERS.flat()).toContain('use-cases');
  });
});
