import fs from 'node:fs';

/** Writes a benchmark's figures to bench/results/<name>.json, stamped with when they were measured. */
export function writeResults(name: string, figures: Record<string, unknown>): void {
  fs.mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  fs.writeFileSync(new URL(`./results/${name}.json`, import.meta.url), JSON.stringify({ measuredAt: new Date().toISOString(), ...figures }, null, 2) + '\n');
}
