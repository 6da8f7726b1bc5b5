import type { Context } from '../context/context.js';
import { loadersOf, primeClaim } from '../context/loaders.js';
import type { Db } from '../db/db.js';
import type { NodeModel } from '../domain/models.js';
import { badInput, notFound } from '../errors/codes.js';
import type { ClaimContext } from '../evidence/evidence-point.js';
import { isClaimKind, type ClaimKind } from '../domain/claim-kinds.js';
import { summarise, type Summary } from '../evidence/summarise.js';
import { SOF_FORMATS, toSummaryOfFindings, type SofFormat, type SofSensitivity } from '../export/sof-export.js';
import type { SummaryOfFindings } from '../generated/graphql.js';
import { getClaimWhole, WHOLE_CLAIM, type ClaimParts } from '../queries/get-claim-whole.js';
import { edgeMatches, NO_CRITERIA, type EvidenceCriteria } from '../queries/evidence-filter.js';
import { toEvidencePoint } from './evidence-points.js';

/*
 * The claim page: the whole claim in one read, and its evidence summary computed once per request for each
 * filter and sensitivity asked (the summary field, the summary-of-findings table and the file export share it).
 */

type Request = Pick<Context, 'db'>;

/** How many summaries this process has computed: tests read it to check that a request computes one. */
export const summaryRuns = { count: 0 };

/** A claim with its links, evidence and assertions in one statement (and what else `parts` names); the loaders are primed, so nested fields cost no round trip. */
export async function readClaim(ctx: Request, id: string, parts: ClaimParts = WHOLE_CLAIM): Promise<NodeModel> {
  const whole = await getClaimWhole(ctx.db, id, parts);
  if (!whole) throw notFound('Claim', id);
  primeClaim(loadersOf(ctx), whole);
  return whole.node;
}

// Sorted by name: the database returns linked nodes in no fixed order, and reasons quote the first name.
const namesOf = (nodes: ReadonlyArray<{ name?: unknown; id?: unknown; aliases?: unknown }>) =>
  [...nodes].sort((a, b) => String(a.name ?? a.id ?? '').localeCompare(String(b.name ?? b.id ?? ''))).flatMap((n) => [String(n.name ?? n.id ?? ''), ...(Array.isArray(n.aliases) ? n.aliases.map(String) : [])]).filter(Boolean);

/** What the claim is about, for judging directness: its comparators, outcomes and conditions by name and alias. */
export async function claimContextOf(c: NodeModel, ctx: Request): Promise<ClaimContext> {
  const context = await loadersOf(ctx).evidenceContext.load(c.id);
  return { comparators: namesOf(context.comparators), outcomes: namesOf(context.outcomes), conditions: namesOf(context.conditions), kind: claimKindOf(c), direction: typeof c.direction === 'string' ? c.direction : null };
}

/** The claim's kind as stored; a claim written before kinds existed is an effect claim. */
export const claimKindOf = (c: NodeModel): ClaimKind => (isClaimKind(c.claimKind) ? c.claimKind : 'EFFECT');

async function computeSummary(c: NodeModel, criteria: EvidenceCriteria, sensitivity: SofSensitivity, ctx: Request): Promise<Summary> {
  const loaders = loadersOf(ctx);
  const [evidence, assertions, relations, claim] = await Promise.all([
    loaders.evidenceByClaim.load(c.id),
    loaders.assertionsByClaim.load(c.id),
    loaders.evidenceContext.load(c.id).then((x) => x.relations),
    claimContextOf(c, ctx),
  ]);
  summaryRuns.count += 1;
  const points = evidence.filter((e) => edgeMatches(e, criteria)).map(toEvidencePoint);
  return summarise(points, { assertions: assertions.length, relations, claim, sensitivity });
}

/** This request's summaries, kept beside its loaders (one set per request). */
const perRequest = new WeakMap<object, Map<string, Promise<Summary>>>();

/** The claim's summary under the criteria and sensitivity options: computed once per request, batched across claims. */
export function claimSummary(c: NodeModel, criteria: EvidenceCriteria, sensitivity: SofSensitivity, ctx: Request): Promise<Summary> {
  const loaders = loadersOf(ctx);
  const summaries = perRequest.get(loaders) ?? new Map<string, Promise<Summary>>();
  perRequest.set(loaders, summaries);
  const options = Object.entries(sensitivity ?? {}).filter(([, on]) => on).map(([name]) => name).sort();
  const key = JSON.stringify([c.id, criteria, options]);
  const summary = summaries.get(key) ?? computeSummary(c, criteria, sensitivity, ctx);
  summaries.set(key, summary);
  return summary;
}

/** The claim's summary-of-findings table, built from the same summary as its summary field. */
export async function claimSummaryOfFindings(c: NodeModel, criteria: EvidenceCriteria, sensitivity: SofSensitivity, ctx: Request): Promise<SummaryOfFindings> {
  const [summary, context] = await Promise.all([claimSummary(c, criteria, sensitivity, ctx), claimContextOf(c, ctx)]);
  return toSummaryOfFindings(c, summary, sensitivity, context);
}

/** The table of one claim as a file: shared by the download URL and `npm run export -- --sof`. */
export async function exportSummaryOfFindings(db: Db, claimId: string, format: SofFormat, sensitivity: SofSensitivity) {
  if (!claimId.trim()) throw badInput('claimId is required', 'claimId');
  const ctx = { db };
  const claim = await loadersOf(ctx).node.load(claimId);
  if (claim?.__label !== 'Claim') throw notFound('Claim', claimId);
  const sof = await claimSummaryOfFindings(claim, NO_CRITERIA, sensitivity, ctx);
  return {
    content: format === 'csv' ? sof.csv : sof.markdown,
    mimeType: SOF_FORMATS[format].mimeType,
    fileName: `evigraph-${claimId.replace(/[^A-Za-z0-9._-]+/g, '-')}-summary-of-findings.${SOF_FORMATS[format].extension}`,
  };
}
