import type { EvidencePoint } from '../evidence/summarise.js';
import { isDesign } from '../evidence/weights.js';
import type { EvidenceModel } from './models.js';

/** An evidence edge as the summary rule sees it. */
export function toEvidencePoint(e: Pick<EvidenceModel, 'stance' | 'timepoint' | 'study'>): EvidencePoint {
  const { study } = e;
  return {
    studyId: study.id,
    stance: e.stance,
    design: isDesign(study.design) ? study.design : 'other',
    sampleSize: typeof study.sampleSize === 'number' ? study.sampleSize : null,
    timepoint: e.timepoint,
  };
}
