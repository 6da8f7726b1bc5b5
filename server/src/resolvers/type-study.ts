import type { StudyResolvers, SourceResolvers } from '../generated/graphql.js';
import type { Context } from '../context/context.js';
import type { NodeModel, StudyRelationType } from '../domain/models.js';
import { toEvidenceCriteria } from './evidence-args.js';
import { edgeMatches } from '../queries/evidence-filter.js';
import { loadersOf } from '../context/loaders.js';
import { versionOf } from '../queries/audit-log.js';
import { findingsByQuestion } from '../use-cases/questions.js';
import { designOf, listProp, nodeFields, textProp } from './node-fields.js';

const boolProp = (v: unknown) => (typeof v === 'boolean' ? v : null);

/** The studies related to `s` by one relation type, in one direction. */
const related = (type: StudyRelationType, out: boolean) => async (s: NodeModel, _: unknown, ctx: Context) =>
  (await loadersOf(ctx).studyRelations.load(s.id)).filter((r) => r.type === type && r.out === out).map((r) => r.study);

/** Risk of bias from the flattened properties; null when the record states none (no source was read). */
function riskOfBiasOf(s: NodeModel) {
  const source = textProp(s.riskOfBiasSource);
  if (!source) return null;
  return {
    randomised: boolProp(s.randomised),
    allocationConcealment: textProp(s.allocationConcealment),
    participantsBlinded: boolProp(s.participantsBlinded),
    assessorsBlinded: boolProp(s.assessorsBlinded),
    attritionNote: textProp(s.attritionNote),
    registration: textProp(s.registration),
    gradeCertainty: textProp(s.gradeCertainty),
    qualityNote: textProp(s.qualityNote),
    note: textProp(s.riskOfBiasNote),
    source,
  };
}

export const Study: StudyResolvers = {
  ...nodeFields,
  title: (s) => String(s.title ?? s.id),
  version: (s) => versionOf(s),
  authors: (s) => listProp(s.authors),
  design: designOf,
  confirmedFrom: (s) => listProp(s.confirmedFrom),
  uncertain: (s) => listProp(s.uncertain),
  journalFull: (s) => textProp(s.journalFull),
  riskOfBias: riskOfBiasOf,
  updates: related('UPDATES', true),
  updatedBy: related('UPDATES', false),
  republishes: related('REPUBLISHES', true),
  republishedBy: related('REPUBLISHES', false),
  includes: related('INCLUDES', true),
  includedIn: related('INCLUDES', false),
  evidence: async (s, { stance, timepoint }, ctx) => {
    const criteria = toEvidenceCriteria({ stances: stance ? [stance] : null, timepoint });
    return (await loadersOf(ctx).evidenceByStudy.load(s.id)).filter((e) => edgeMatches(e, criteria));
  },
  citedBy: (s, _, ctx) => loadersOf(ctx).citationsByStudy.load(s.id),
  findingsByQuestion: (s, _, ctx) => findingsByQuestion(ctx, s.id),
};

export const Source: SourceResolvers = {
  ...nodeFields,
  title: (s) => String(s.title ?? s.id),
  assertions: (s, _, ctx) => loadersOf(ctx).assertionsBySource.load(s.id),
  citations: (s, _, ctx) => loadersOf(ctx).citationsBySource.load(s.id),
};
