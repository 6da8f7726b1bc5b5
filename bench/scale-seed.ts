import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED_ROOT } from '../server/src/seed/load-seed.js';

/** Appends a copy suffix to an id; copy 0 keeps the original ids. */
const suffix = (id: string, copy: number) => (copy === 0 ? id : `${id}-x${copy}`);

const QUESTION = path.join('questions', 'massage-back-pain');
/** Where a seed file lives: shared/ when it is there, else the massage question's folder. */
const where = (file: string) => (fs.existsSync(path.join(SEED_ROOT, 'shared', file)) ? 'shared' : QUESTION);
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(SEED_ROOT, where(file), file), 'utf8')) as any[];

/**
 * Writes a seed data folder `factor` times the size of the real one: studies,
 * claims and their edges are copied with suffixed ids (entities stay shared, so
 * technique and condition nodes become hubs). Returns the folder.
 */
export function writeScaledSeed(factor: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `evigraph-scale-${factor}-`));
  const copies = Array.from({ length: factor }, (_, i) => i);
  const many = <T>(f: (copy: number) => T[]) => copies.flatMap(f);
  const studies = read('reference-studies.json');
  const claims = read('claims.json');
  const out: Record<string, unknown[]> = {
    'reference-studies.json': many((c) => studies.map((s) => ({ ...s, id: suffix(s.id, c), doi: s.doi ? `${s.doi}${c ? `.x${c}` : ''}` : s.doi }))),
    'claims.json': many((c) => claims.map((x) => ({ ...x, id: suffix(x.id, c) }))),
    'assertions.json': many((c) => read('assertions.json').map((a) => ({ ...a, claim: suffix(a.claim, c) }))),
    'citations.json': many((c) => read('citations.json').map((a) => ({ ...a, study: suffix(a.study, c) }))),
    'evidence.json': many((c) => read('evidence.json').map((e) => ({ ...e, study: suffix(e.study, c), links: e.links.map((l: { claim: string }) => ({ ...l, claim: suffix(l.claim, c) })) }))),
    'relations.json': many((c) => read('relations.json').map((r) => ({ ...r, from: suffix(r.from, c), to: suffix(r.to, c) }))),
  };
  for (const part of ['shared', QUESTION]) {
    fs.mkdirSync(path.join(dir, part), { recursive: true });
    for (const file of fs.readdirSync(path.join(SEED_ROOT, part))) {
      const body = file === 'question.json' ? JSON.parse(fs.readFileSync(path.join(SEED_ROOT, part, file), 'utf8')) : (out[file] ?? read(file));
      fs.writeFileSync(path.join(dir, part, file), JSON.stringify(body));
    }
  }
  return dir;
}
