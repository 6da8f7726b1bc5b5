import { afterEach, describe, expect, test, vi } from 'vitest';
import type { NodeKindInfo } from '../../server/src/domain/kinds.js';

// A kind that exists only in this test: every place that derives from the graph model must pick it up.
const POPULATION = { kind: 'POPULATION', label: 'Population', seedFile: 'populations.json' } as unknown as NodeKindInfo;

/** Loads fresh copies of the modules after adding the throwaway kind to a fresh copy of the model. */
async function withPopulation() {
  vi.resetModules();
  const model = await import('../../server/src/domain/kinds.js');
  (model.NODE_KINDS as unknown as NodeKindInfo[]).push(POPULATION);
  return {
    model,
    migrations: await import('../../server/src/db/migrations.js'),
    importCypher: await import('../../server/src/use-cases/import-citations.js'),
    seedCypher: await import('../../server/src/seed/seed-cypher.js'),
    parts: await import('../../server/src/queries/cypher-parts.js'),
    counts: await import('../../server/src/queries/get-counts.js'),
    args: await import('../../server/src/resolvers/args.js'),
  };
}

afterEach(() => vi.resetModules());

// Fresh module graphs are slow to load on a busy machine: a generous timeout, not a time assertion.
describe('the graph model is the one home of the node kinds', { timeout: 60_000 }, () => {
  test('a kind added to the model reaches migrations, whitelists, the import id check and the seed labels', async () => {
    const m = await withPopulation();
    const migrations = m.migrations.MIGRATION_STATEMENTS.map(([, cypher]) => cypher).join('\n');
    expect(migrations).toContain('FOR (n:Population) REQUIRE n.id IS UNIQUE');
    expect(migrations).toMatch(/FULLTEXT INDEX[\s\S]*Population/);
    expect(m.args.labelOfKind('POPULATION' as never)).toBe('Population');
    expect(m.args.kindOfLabel('Population' as never)).toBe('POPULATION');
    expect(m.parts.anyLabelById('$id')).toContain('MATCH (n:Population {id: $id})');
    expect(m.counts.COUNT_NODES_BY_LABEL).toContain('MATCH (n:Population)');
    expect(m.importCypher.FIND_TAKEN_IDS).toContain('MATCH (n:Population) WHERE n.id = base');
    expect(m.seedCypher.SEED_LABELS).toContain('Population');
  });

  test('without the throwaway kind none of them mention it (the check above is not vacuous)', async () => {
    vi.resetModules();
    const { MIGRATION_STATEMENTS } = await import('../../server/src/db/migrations.js');
    const { FIND_TAKEN_IDS } = await import('../../server/src/use-cases/import-citations.js');
    const { SEED_LABELS } = await import('../../server/src/seed/seed-cypher.js');
    expect(MIGRATION_STATEMENTS.map(([, c]) => c).join('\n')).not.toContain('Population');
    expect(FIND_TAKEN_IDS).not.toContain('Population');
    expect(SEED_LABELS).not.toContain('Population');
    expect(SEED_LABELS).toEqual(expect.arrayContaining(['Study', 'Source', 'Claim', 'Technique', 'Mechanism', 'Condition', 'Outcome']));
  });

  test('the seed loader refuses a model kind the seed has no rows for, before writing it', async () => {
    const m = await withPopulation();
    const { loadSeed } = await import('../../server/src/seed/load-seed.js');
    const writes: string[] = [];
    const db = { write: async (name: string) => (writes.push(name), []) } as never; // a Db answers rows: the migration reads what it removed
    await expect(loadSeed(db)).rejects.toThrow('the seed has no rows for label Population');
    expect(m.model.nodeLabels()).toContain('Population');
    expect(writes.some((w) => w === 'SEED_POPULATION')).toBe(false);
  });
});
