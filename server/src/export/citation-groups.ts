import type { CitationGroup } from './format-citations.js';
import type { EvidenceStance, StudyForCitation } from '../queries/get-studies-for-citation.js';

const STANCE_GROUPS: { stance: EvidenceStance; title: string; verb: string }[] = [
  { stance: 'SUPPORTS', title: 'Supporting', verb: 'supports' },
  { stance: 'CONTRADICTS', title: 'Contradicting', verb: 'contradicts' },
  { stance: 'QUALIFIES', title: 'Qualifying', verb: 'qualifies' },
];

/**
 * With a claim: one group per stance (a study with findings both ways is in both), then the listed
 * studies that are not evidence on it as "Other studies". Without a claim: one untitled group.
 */
export function toCitationGroups(studies: StudyForCitation[], claimId: string | null): CitationGroup[] {
  if (!claimId) return [{ title: null, keyword: null, studies }];
  const groups: CitationGroup[] = STANCE_GROUPS.map(({ stance, title, verb }) => ({
    title,
    keyword: `evigraph:${verb}:${claimId}`,
    studies: studies.filter((s) => s.stances.includes(stance)),
  }));
  groups.push({ title: 'Other studies', keyword: null, studies: studies.filter((s) => s.stances.length === 0) });
  return groups.filter((g) => g.studies.length > 0);
}
