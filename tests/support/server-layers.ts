import fs from 'node:fs';
import path from 'node:path';

/**
 * The server's layers, lowest first: a file may import from its own layer or a lower one, never a higher one.
 * A folder (or a file directly under server/src) not listed here is an error, so a new folder gets a place.
 */
export const SERVER_LAYERS: readonly (readonly string[])[] = [
  ['domain', 'generated', 'log.ts', 'config.ts'],
  ['db', 'errors', 'neo4j'],
  ['queries'],
  ['meta-analysis', 'evidence', 'export', 'import', 'input', 'seed', 'metadata'],
  ['heavy', 'context', 'auth', 'start-up.ts'],
  ['use-cases', 'workbook', 'curation'],
  ['resolvers', 'plugins', 'cli'],
  ['app.ts', 'http-server.ts', 'warm-up.ts', 'main.ts'],
];

/** Layers `queries/` may import from besides itself: it reads and writes the graph, nothing above. */
export const QUERIES_MAY_IMPORT: readonly string[] = ['domain', 'generated', 'db', 'errors'];

/** One file's relative imports, as paths relative to the source root (`queries/paging.ts`). */
export type ImportGraph = Record<string, string[]>;

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/**
 * Folders whose imports are not checked: generated/ is codegen output (its resolver types import the row models
 * and the context, as codegen.ts configures); it stays in the lowest layer as an import target.
 */
const UNCHECKED = ['generated'];

/** The relative imports of every .ts file under `root`, resolved to files under `root`. */
export function importGraphOf(root: string): ImportGraph {
  const graph: ImportGraph = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!UNCHECKED.includes(path.relative(root, full))) walk(full);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        const from = path.relative(root, full);
        const text = fs.readFileSync(full, 'utf8');
        graph[from] = [...text.matchAll(IMPORT)].map((m) => path.normalize(path.join(path.dirname(from), (m[1] ?? m[2])!.replace(/\.js$/, '.ts'))));
      }
    }
  };
  walk(root);
  return graph;
}

/** The layer part of a path: its first folder, or the file name for a file directly under the root. */
export const partOf = (file: string) => file.split(path.sep)[0]!;

/** The index of the layer a file belongs to; throws for a part no layer lists. */
export function layerOf(file: string, layers: readonly (readonly string[])[] = SERVER_LAYERS): number {
  const at = layers.findIndex((parts) => parts.includes(partOf(file)));
  if (at < 0) throw new Error(`${file}: "${partOf(file)}" is in no layer; add it to SERVER_LAYERS`);
  return at;
}

export interface UpwardImport {
  from: string;
  to: string;
}

/** Every import from a file to a file in a higher layer. */
export function upwardImports(graph: ImportGraph, layers: readonly (readonly string[])[] = SERVER_LAYERS): UpwardImport[] {
  return Object.entries(graph).flatMap(([from, targets]) => targets.filter((to) => layerOf(to, layers) > layerOf(from, layers)).map((to) => ({ from, to })));
}

/** Imports from `part` into any part outside `allowed` (and outside `part` itself). */
export function importsOutside(graph: ImportGraph, part: string, allowed: readonly string[]): UpwardImport[] {
  return Object.entries(graph)
    .filter(([from]) => partOf(from) === part)
    .flatMap(([from, targets]) => targets.filter((to) => partOf(to) !== part && !allowed.includes(partOf(to))).map((to) => ({ from, to })));
}
