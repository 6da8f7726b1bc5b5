import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { WHOLE_CLAIM, type ClaimParts } from '../queries/get-claim-whole.js';
import { selectsAny } from './selection.js';

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'operation' | 'schema'>;

/** Study properties the evidence rule and the evidence filter read (the summary's inputs). */
const SUMMARY_STUDY_PROPS = ['id', 'design', 'sampleSize', 'year', 'authors', 'population', 'randomised', 'allocationConcealment', 'participantsBlinded', 'assessorsBlinded', 'attritionNote', 'gradeCertainty', 'qualityNote', 'statedRatings', 'reviewMethod'];

/** Study fields answered from these properties alone (or from loaders keyed by the study's id), with the properties they read. */
const LEAN_STUDY_FIELDS: Record<string, readonly string[]> = {
  __typename: [], id: [], kind: [], label: ['title'], version: ['version'], title: ['title'], authors: [], year: [], journal: ['journal'], volume: ['volume'],
  issue: ['issue'], pages: ['pages'], doi: ['doi'], pmid: ['pmid'], pmcid: ['pmcid'], url: ['url'], design: [], sampleSize: [], population: [],
  journalFull: ['journalFull'], riskOfBias: ['riskOfBiasSource', 'registration', 'riskOfBiasNote'],
  evidence: [], citedBy: [], updates: [], updatedBy: [], republishes: [], republishedBy: [], includes: [], includedIn: [],
};

export const LEAN_STUDY_PROPS = [...new Set([...SUMMARY_STUDY_PROPS, ...Object.values(LEAN_STUDY_FIELDS).flat()])];

/** Every field name the operation selects anywhere, through fragments. */
function namesSelected(info: Info): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        names.add(s.name.value);
        walk(s.selectionSet);
      } else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        walk(info.fragments[s.name.value]?.selectionSet);
      }
    }
  };
  walk(info.operation.selectionSet);
  return names;
}

/**
 * What the claim statement must read for this request: the summary rule's context only when a summary is selected,
 * and the studies' big properties (where a record was confirmed from, what was uncertain) only when the operation
 * selects, anywhere, a study field that reads them (a study may be reached again through another path).
 */
export function claimPartsFor(info: Info): ClaimParts {
  const context = selectsAny(info, [], ['summary', 'summaryOfFindings']);
  const studyType = info.schema.getType('Study');
  if (!studyType || !('getFields' in studyType)) return WHOLE_CLAIM;
  const selected = namesSelected(info);
  const needsMore = Object.keys(studyType.getFields()).some((f) => !(f in LEAN_STUDY_FIELDS) && selected.has(f));
  return { context, studyProps: needsMore ? null : LEAN_STUDY_PROPS };
}
