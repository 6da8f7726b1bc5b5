import fs from 'node:fs';

/** Writes a benchmark's figures to bench/results/<name>.json. */
export function writeResults(name: string, figures: unknown): void {
  fs.mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  fs.writeFileSync(new URL(`./results/${name}.json`, import.meta.url), JSON.stringify(figures, null, 2) + '\n');
}
