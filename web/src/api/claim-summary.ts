/** The claim summary as the page receives it (generated from the ClaimSummaryFields fragment) and the sensitivity options it sends. */
import type * as G from './generated.js';

export type ClaimSummary = G.ClaimSummaryFieldsFragment;
export type SofLinks = G.SofLinkFieldsFragment;
export type Sensitivity = G.SensitivityInput;
export type ExcludedFinding = ClaimSummary['excluded'][number];
export type Moderator = ClaimSummary['moderators'][number];
export type ClaimSummaryResult = G.ClaimSummaryQuery;
export type ForestGroup = ClaimSummary['forest'][number];
