import { checkSeed } from '../../server/src/seed/check-seed.js';
import { SEED_DATA_DIR } from '../../server/src/seed/load-seed.js';
import { emptyWorkbookData, type WorkbookData } from '../../server/src/workbook/workbook-data.js';

/** The seed's data files as one question's workbook data (the question row is the test's own). */
export function seedAsWorkbookData(): WorkbookData {
  const seed = checkSeed(SEED_DATA_DIR);
  const question = { id: 'seed-question', wording: 'Does the seed question hold?', population: 'people in the seed', intervention: 'the seed intervention', comparison: '', outcome: '', summary: '' };
  return {
    ...emptyWorkbookData(),
    ...seed,
    questions: [question],
    claimQuestion: Object.fromEntries(seed.claims.map((c) => [c.id, question.id])),
    sourceQuestion: Object.fromEntries(seed.sources.map((s) => [s.id, question.id])),
  };
}
