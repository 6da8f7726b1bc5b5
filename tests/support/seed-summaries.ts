import { checkSeed } from '../../server/src/seed/check-seed.js';
import { SEED_ROOT } from '../../server/src/seed/load-seed.js';
import { toRows, toStudyRow } from '../../server/src/seed/to-rows.js';
import { toEvidencePoint } from '../../server/src/use-cases/evidence-points.js';
import { summarise, type Summary } from '../../server/src/evidence/summarise.js';
import type { StudyRelation } from '../../server/src/evidence/evidence-point.js';
import type { SeedData } from '../../server/src/seed/seed-schemas.js';

const UPPER: Record<string, StudyRelation['type']> = { updates: 'UPDATES', republishes: 'REPUBLISHES', includes: 'INCLUDES' };

const namesOf = (items: ReadonlyArray<{ name: string; aliases: string[] }>) =>
  [...items].sort((a, b) => a.name.localeCompare(b.name)).flatMap((i) => [i.name, ...i.aliases]);

/**
 * Every claim's summary computed from the seed files alone, with the same rule the API runs: the pure part of the
 * claim view, so judgement tests run without Neo4j (integration tests hold the API to the same answers).
 */
export function seedSummaries(dir: string = SEED_ROOT): Array<{ id: string; summary: Summary }> {
  const data: SeedData = checkSeed(dir);
  const rows = toRows(data);
  const studies = new Map(data.studies.map((s) => [s.id, toStudyRow(s)]));
  const relations: StudyRelation[] = data.relations.map((r) => ({ from: r.from, type: UPPER[r.type]!, to: r.to }));
  const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
  const techniques = byId(data.techniques);
  const outcomes = byId(data.outcomes);
  const conditions = byId(data.conditions);
  const edges = Object.entries(rows.evidence).flatMap(([stance, rs]) => rs.map((r) => ({ ...r, stance }) as Record<string, unknown> & { stance: string }));
  return data.claims.map((c) => {
    const points = edges
      .filter((e) => e.claim === c.id)
      .map((e) =>
        toEvidencePoint({ ...(e as any), stance: e.stance as any, timepoint: (e.timepoint as string) ?? null, study: studies.get(e.study as string) as any }),
      );
    const claim = {
      comparators: namesOf(c.comparedWith.map((t) => techniques.get(t)!)),
      outcomes: namesOf(c.on.map((o) => outcomes.get(o)!)),
      conditions: namesOf(c.in.map((k) => conditions.get(k)!)),
      kind: c.claimKind,
      direction: c.direction,
    };
    const assertions = data.assertions.filter((a) => a.claim === c.id).length;
    return { id: c.id, summary: summarise(points, { assertions, relations, claim }) };
  });
}
