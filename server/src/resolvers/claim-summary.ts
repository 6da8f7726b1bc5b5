import type { Context } from '../context/context.js';
import type { EvidenceFilter, SensitivityInput } from '../generated/graphql.js';
import type { ClaimContext } from '../evidence/evidence-point.js';
import { edgePasses } from '../evidence/filter-evidence.js';
import { summarise, type Summary } from '../evidence/summarise.js';
import { toEvidenceCriteria } from './evidence-args.js';
import { toEvidencePoint } from './evidence-points.js';
import { loadersOf } from '../context/loaders.js';
import type { NodeModel } from './models.js';
import { isClaimKind, type ClaimKind } from '../domain/claim-kinds.js';

/** The claim's kind as stored; a claim written before kinds existed is an effect claim. */
export const claimKindOf = (c: NodeModel): ClaimKind => (isClaimKind(c.claimKind) ? c.claimKind : 'EFFECT');

const namesOf = (nodes: ReadonlyArray<{ name?: unknown; id?: unknown; aliases?: unknown }>) =>
  nodes.flatMap((n) => [String(n.name ?? n.id ?? ''), ...(Array.isArray(n.aliases) ? n.aliases.map(String) : [])]).filter(Boolean);

/** What the claim is about, for judging directness: its comparators, outcomes and conditions by name and alias. */
export async function claimContextOf(c: NodeModel, ctx: Pick<Context, 'db'>): Promise<ClaimContext> {
  const context = await loadersOf(ctx).evidenceContext.load(c.id);
  return { comparators: namesOf(context.comparators), outcomes: namesOf(context.outcomes), conditions: namesOf(context.conditions), kind: claimKindOf(c), direction: typeof c.direction === 'string' ? c.direction : null };
}

/** The claim's summary under an evidence filter and sensitivity options: one round trip per loader, batched across claims. */
export async function claimSummary(c: NodeModel, filter: EvidenceFilter | null | undefined, sensitivity: SensitivityInput | null | undefined, ctx: Pick<Context, 'db'>): Promise<Summary> {
  const criteria = toEvidenceCriteria(filter);
  const loaders = loadersOf(ctx);
  const [evidence, assertions, relations, claim] = await Promise.all([
    loaders.evidenceByClaim.load(c.id),
    loaders.assertionsByClaim.load(c.id),
    loaders.evidenceContext.load(c.id).then((x) => x.relations),
    claimContextOf(c, ctx),
  ]);
  const points = evidence.filter((e) => edgePasses(e, criteria)).map(toEvidencePoint);
  return summarise(points, { assertions: assertions.length, relations, claim, sensitivity });
}
