/**
 * The script a first visit loads before any view shows: the built entry chunk and every chunk it imports statically
 * (what index.html links), raw and gzipped. Chunks loaded with import() later (the explorer's graph, image exports)
 * are listed apart. Run after `npm run build`: `npx tsx scripts/initial-script-size.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../web/dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = /<script type="module"[^>]*src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
if (!entry) throw new Error('no module script in web/dist/index.html: run npm run build first');

/** Static imports (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
const staticImports = (code: string) => [...code.matchAll(/\bimport\s*(?:[^('"]*?\bfrom\s*)?["'](\.\/[^"']+\.js)["']/g)].map((m) => m[1]!.slice(2));

const initial = new Set<string>();
const visit = (file: string) => {
  if (initial.has(file)) return;
  initial.add(file);
  for (const dep of staticImports(readFileSync(join(dist, file), 'utf8'))) visit(`assets/${dep}`);
};
visit(entry);

const size = (files: Iterable<string>) => {
  const bytes = [...files].map((f) => readFileSync(join(dist, f)));
  return { raw: bytes.reduce((n, b) => n + b.length, 0), gzip: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) };
};
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const { raw, gzip } = size(initial);
console.log(`initial script: ${initial.size} files, ${kB(raw)} raw, ${kB(gzip)} gzip`);
for (const f of initial) console.log(`  ${f}`);
