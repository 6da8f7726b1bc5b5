import type { QuestionRow } from '../api/types.js';
import { countOf } from './count.js';

/** The landing page's heading when it lists the questions (also the page title's words). */
export const LANDING_HEADING = 'What does the evidence say?';

/** "17 claims from popular articles · 14 studies linked to them": what a question's two numbers count. */
export const questionCounts = (q: Pick<QuestionRow, 'claimCount' | 'studyCount'>) =>
  `${countOf(q.claimCount, 'claim')} from popular articles · ${countOf(q.studyCount, 'study', 'studies')} linked to them`;

/** The link that opens a question's overview. */
export const questionHref = (id: string) => `?question=${encodeURIComponent(id)}`;

/** The link that opens a claim's view, within its question when one is known. */
export const claimHref = (claimId: string, question: string | null) =>
  `?${question ? `question=${encodeURIComponent(question)}&` : ''}view=claim&claim=${encodeURIComponent(claimId)}`;
