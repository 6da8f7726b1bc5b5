import { checkSeed } from '../../server/src/seed/check-seed.js';
import { SEED_ROOT } from '../../server/src/seed/load-seed.js';
import { seedToWorkbookData } from '../../server/src/workbook/seed-conversion.js';
import type { WorkbookData } from '../../server/src/workbook/workbook-data.js';

/** The shipped seed (graph-seed/: shared records and every question folder) as workbook data. */
export const seedAsWorkbookData = (): WorkbookData => seedToWorkbookData(checkSeed(SEED_ROOT));
