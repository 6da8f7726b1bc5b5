/** The curation operations the page sends (see schema.graphql: "Curation in the browser"). */
export const SIGNED_IN = `{ signedIn { name reviewRequired } }`;

export const LOOKUP_STUDY = `query($doi: String, $pmid: String) { lookupStudy(doi: $doi, pmid: $pmid) { title authors year journal volume issue pages doi pmid source suggestedId } }`;

const SNAPSHOT = `verdict certainty decidingDomain studiesCounted findingsCounted`;
const PREVIEW_FIELDS = `summary claims { claimId statement before { ${SNAPSHOT} } after { ${SNAPSHOT} } }`;

export const PREVIEW_CHANGE = `query($change: ChangeInput!) { previewChange(change: $change) { ${PREVIEW_FIELDS} } }`;

export const APPLY_CHANGE = `mutation($change: ChangeInput!) { applyChange(change: $change) { status targetIds preview { ${PREVIEW_FIELDS} } proposal { id } } }`;

export const CLAIM_LINKS = `query($id: ID!) { claim(id: $id) { id statement claimKind mechanisms { id label } evidence { id version stance why quote outcome comparator outcomeMeasure timepoint timepointWeeks effect sourceUrl sourceKind effectSize { measure value ciLow ciHigh participants } study { id label } } } }`;

export const STUDY_RECORD = `query($id: ID!) { study(id: $id) { id version title authors year journal volume issue pages doi pmid design sampleSize population riskOfBias { randomised allocationConcealment participantsBlinded assessorsBlinded attritionNote registration source } } }`;

export const HISTORY = `query($id: ID!) { changes(nodeId: $id, first: 20) { id at who action kind targetId why } }`;

export const REVERT_CHANGE = `mutation($id: ID!, $reason: String!) { revertChange(id: $id, reason: $reason) { status targetIds } }`;

export const PROPOSALS = `{ proposals(status: PENDING) { id who at reason change preview { ${PREVIEW_FIELDS} } } }`;

export const APPROVE_PROPOSAL = `mutation($id: ID!) { approveProposal(id: $id) { status } }`;

export const REJECT_PROPOSAL = `mutation($id: ID!, $reason: String!) { rejectProposal(id: $id, reason: $reason) { status } }`;

export interface Snapshot {
  verdict: string;
  certainty: string | null;
  decidingDomain: string | null;
  studiesCounted: number;
  findingsCounted: number;
}

export interface ChangePreview {
  summary: string;
  claims: Array<{ claimId: string; statement: string; before: Snapshot; after: Snapshot }>;
}

export interface ChangeEntry {
  id: string;
  at: string;
  who: string;
  action: string;
  kind: string;
  targetId: string;
  why: string | null;
}
