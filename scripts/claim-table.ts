/** Prints every seed claim's certainty and verdict as a table (tsv): for before/after comparisons of the evidence rule. */
import { seedSummaries } from '../tests/support/seed-summaries.js';

for (const { id, summary: s } of seedSummaries()) {
  console.log([id, s.certainty ?? '-', s.verdict, s.studies, s.balance, s.reason, s.verdictReason, s.possibleOverlap.join(' | ')].join('\t'));
}
