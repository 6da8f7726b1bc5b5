import { loadAllPages, PAGE_SIZE } from './load-all-pages.js';
import { ARTICLE_INDEX, CLAIM_INDEX, STUDY_INDEX } from './queries.js';
import { request } from './request.js';
import type { ArticleRow, ClaimSummaryRow, Connection, StudyIndexRow } from './types.js';

/** Every claim with its summary and every article with the claims it asserts: what the overview and verdict colours read. */
export interface ClaimIndex {
  claims: ClaimSummaryRow[];
  articles: ArticleRow[];
  /** Every study record linked to the question's claims, or in the graph (the overview's provenance line). */
  studies: StudyIndexRow[];
}

/** The index of one question (its claims, the articles it starts from, the studies linked to its claims), or of the whole graph (null). */
export async function loadClaimIndex(question: string | null): Promise<ClaimIndex> {
  const [claims, articles, studies] = await Promise.all([
    loadAllPages((after) => request<{ claims: Connection<ClaimSummaryRow> }>(CLAIM_INDEX, { question, first: PAGE_SIZE, after }).then((d) => d.claims)),
    loadAllPages((after) => request<{ sources: Connection<ArticleRow> }>(ARTICLE_INDEX, { question, first: PAGE_SIZE, after }).then((d) => d.sources)),
    loadAllPages((after) => request<{ studies: Connection<StudyIndexRow> }>(STUDY_INDEX, { question, first: PAGE_SIZE, after }).then((d) => d.studies)),
  ]);
  return { claims, articles, studies };
}
