import bcg from '../fixtures/meta-analysis/bcg.json' with { type: 'json' };
import type { BinaryArm } from '../../server/src/meta-analysis/effect-sizes.js';

/** The 13 BCG vaccine trials (Colditz et al. 1994; metafor's dat.bcg) as vaccinated and control arms. */
export const bcgTrials: { author: string; year: number; vaccinated: BinaryArm; control: BinaryArm }[] = bcg.trials.map((t) => ({
  author: t.author,
  year: t.year,
  vaccinated: { events: t.tpos, total: t.tpos + t.tneg },
  control: { events: t.cpos, total: t.cpos + t.cneg },
}));
