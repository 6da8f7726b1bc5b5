import type { AppState } from './state/app-state.js';
import { scopeOfState } from './state/question-scope.js';
import { claimShortName } from './words/labels.js';
import { LANDING_HEADING } from './words/question-words.js';

const SITE = 'evigraph';

/** The page title names what is shown: the question (or the landing list's words), the claim, the selected or searched node, or the map. */
export function pageTitle(s: AppState): string {
  const v = s.view;
  if (v.view === 'overview') {
    const scope = scopeOfState(s);
    return `${scope.kind === 'question' ? scope.question.wording : LANDING_HEADING} — ${SITE}`;
  }
  if (v.view === 'map') return `Evidence map — ${SITE}`;
  if (v.view === 'claim') {
    const claim = s.remote.claim.data;
    const statement = claim && claim.id === v.claimId ? claim.statement : s.remote.index.data?.claims.find((c) => c.id === v.claimId)?.statement;
    return `${statement ? `Claim: ${claimShortName(statement)}` : 'Claim view'} — ${SITE}`;
  }
  const id = v.selected?.type === 'node' ? v.selected.id : v.focus[0];
  const node = s.remote.graph.data?.nodes.find((n) => n.data.id === id)?.data;
  return `${node ? `Explorer: ${node.kind === 'CLAIM' ? claimShortName(node.label) : node.label}` : 'Explorer'} — ${SITE}`;
}
