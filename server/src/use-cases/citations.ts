import type { CitationExport, CitationFormat } from '../generated/graphql.js';
import type { Db } from '../db/db.js';
import { apiError, badInput, echo, notFound } from '../errors/codes.js';
import { CITATION_FORMATS, downloadUrlFor, fileNameFor } from '../export/citation-formats.js';
import { stancesHeld, toCitationGroups, type CitedClaim } from '../export/citation-groups.js';
import { loadersOf } from '../context/loaders.js';
import { NO_CRITERIA } from '../queries/evidence-filter.js';
import { claimSummary } from './claim-page.js';
import { formatInline, type FormatJob } from '../heavy/heavy-tasks.js';
import { getStudiesForCitation } from '../queries/get-studies-for-citation.js';

/** The most study ids one export may list. */
export const MAX_EXPORT_IDS = 1000;

export interface CitationArgs {
  claimId?: string | null;
  ids?: readonly string[] | null;
  format: CitationFormat;
}

/** The claim's words and the studies its summary does not count (none of their findings counted), with why. */
async function citedClaim(db: Db, id: string): Promise<CitedClaim> {
  const ctx = { db };
  const node = await loadersOf(ctx).node.load(id);
  if (node?.__label !== 'Claim') return { id, statement: id, uncounted: new Map() };
  const summary = await claimSummary(node, NO_CRITERIA, null, ctx);
  const counted = new Set(summary.counted.map((p) => p.studyId));
  const uncounted = new Map(summary.excluded.filter((e) => !counted.has(e.point.studyId)).map((e) => [e.point.studyId, e.reason]));
  return { id, statement: String(node.statement ?? id), uncounted };
}

/** Validates the arguments, reads the studies in one query and formats them: shared by GraphQL, the download URL and the CLI. */
export async function exportCitations(db: Db, { claimId, ids, format }: CitationArgs, formatJob: FormatJob = formatInline): Promise<CitationExport> {
  const claim = claimId ?? null;
  const list = [...new Set(ids ?? [])];
  if (claim !== null && claim.trim() === '') throw badInput('claimId must not be empty', 'claimId');
  if (list.some((id) => id.trim() === '')) throw badInput('ids must not contain an empty id', 'ids');
  if (claim === null && list.length === 0) throw badInput('give a claimId, a list of study ids, or both', 'ids');
  if (list.length > MAX_EXPORT_IDS) throw badInput(`at most ${MAX_EXPORT_IDS} study ids per export`, 'ids');
  if (!CITATION_FORMATS[format]) throw badInput(`unknown format ${String(format)}`, 'format');

  const { claimFound, studies } = await getStudiesForCitation(db, claim, list);
  if (claim !== null && !claimFound) throw notFound('Claim', claim);
  const found = new Set(studies.map((s) => s.id));
  const missing = list.filter((id) => !found.has(id));
  // At most ten named, each cut short: a NOT_FOUND stays small whatever was asked.
  const named = missing.slice(0, 10).map((m) => `"${echo(m)}"`).join(', ') + (missing.length > 10 ? ` and ${missing.length - 10} more` : '');
  if (missing.length) throw apiError('NOT_FOUND', `No study with id ${named}`, { ids: missing.slice(0, 10).map(echo) });

  // An empty file would look like a successful export; say why there is nothing instead.
  if (studies.length === 0) throw apiError('NOTHING_TO_EXPORT', `Claim "${claim}" has no studies as evidence yet, so there is nothing to cite`, { id: claim });

  const cited = claim === null ? null : await citedClaim(db, claim);
  const groups = toCitationGroups(studies, cited);
  return {
    format,
    content: await formatJob(groups, format),
    mimeType: CITATION_FORMATS[format].mimeType,
    fileName: fileNameFor(format, claim, stancesHeld(studies, cited), studies.map((s) => s.id)),
    downloadUrl: downloadUrlFor(format, claim, list),
    studyIds: studies.map((s) => s.id),
  };
}
