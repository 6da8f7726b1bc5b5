import DataLoader from 'dataloader';
import type { Context } from './context.js';
import { getNodesByIds } from '../queries/get-nodes-by-ids.js';
import { getEvidenceByClaims, getEvidenceByStudies } from '../queries/get-evidence.js';
import { getClaimLinks } from '../queries/get-claim-links.js';
import { getStudyRelations } from '../queries/get-study-relations.js';
import { getAssertionsByClaims, getAssertionsBySources } from '../queries/get-assertions.js';
import { getCitationsBySources, getCitationsByStudies } from '../queries/get-citations.js';
import { getClaimsComparedWith, getClaimsOfEntities, type EntityLabel } from '../queries/get-claims-of-entities.js';
import { getContraindicationsByConditions, getTechniqueLinks } from '../queries/get-technique-links.js';
import { getEvidenceContext } from '../queries/get-evidence-context.js';
import type { Db } from '../db/db.js';
import { getQuestionIdsOfClaims, getQuestionsByIds, getQuestionsOfStudyEvidence, getSourcesOfQuestions } from '../queries/get-questions.js';
import { ENTITY_LABELS } from '../domain/claim-links.js';
import type { ClaimWhole } from '../queries/get-claim-whole.js';

/** Per-request batching: every nested field costs one round trip per field, not one per row. */
function createLoaders(db: Db) {
  const claimsOf = (label: EntityLabel) => new DataLoader((ids: readonly string[]) => getClaimsOfEntities(db, label, ids));
  return {
    node: new DataLoader((ids: readonly string[]) => getNodesByIds(db, ids)),
    evidenceByClaim: new DataLoader((ids: readonly string[]) => getEvidenceByClaims(db, ids)),
    evidenceByStudy: new DataLoader((ids: readonly string[]) => getEvidenceByStudies(db, ids)),
    claimLinks: new DataLoader((ids: readonly string[]) => getClaimLinks(db, ids)),
    studyRelations: new DataLoader((ids: readonly string[]) => getStudyRelations(db, ids)),
    evidenceContext: new DataLoader((ids: readonly string[]) => getEvidenceContext(db, ids)),
    assertionsByClaim: new DataLoader((ids: readonly string[]) => getAssertionsByClaims(db, ids)),
    assertionsBySource: new DataLoader((ids: readonly string[]) => getAssertionsBySources(db, ids)),
    citationsBySource: new DataLoader((ids: readonly string[]) => getCitationsBySources(db, ids)),
    citationsByStudy: new DataLoader((ids: readonly string[]) => getCitationsByStudies(db, ids)),
    techniqueLinks: new DataLoader((ids: readonly string[]) => getTechniqueLinks(db, ids)),
    contraindicationsByCondition: new DataLoader((ids: readonly string[]) => getContraindicationsByConditions(db, ids)),
    claimsComparedWith: new DataLoader((ids: readonly string[]) => getClaimsComparedWith(db, ids)),
    question: new DataLoader((ids: readonly string[]) => getQuestionsByIds(db, ids)),
    questionIdOfClaim: new DataLoader((ids: readonly string[]) => getQuestionIdsOfClaims(db, ids)),
    sourcesOfQuestion: new DataLoader((ids: readonly string[]) => getSourcesOfQuestions(db, ids)),
    questionsOfStudyEvidence: new DataLoader((ids: readonly string[]) => getQuestionsOfStudyEvidence(db, ids)),
    claimsOf: Object.fromEntries(ENTITY_LABELS.map((l) => [l, claimsOf(l)])) as Record<EntityLabel, ReturnType<typeof claimsOf>>,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

const perRequest = new WeakMap<object, Loaders>();

/** The loaders of this request's context, made on first use. */
export function loadersOf(ctx: Pick<Context, 'db'>): Loaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createLoaders(ctx.db);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

/** Puts a claim read whole (GET_CLAIM_WHOLE) into this request's loaders, so its nested fields are answered from memory. */
export function primeClaim(loaders: Loaders, whole: ClaimWhole): void {
  const id = whole.node.id;
  loaders.node.prime(id, whole.node);
  loaders.claimLinks.prime(id, whole.links);
  loaders.evidenceByClaim.prime(id, whole.evidence);
  loaders.assertionsByClaim.prime(id, whole.assertions);
  if (whole.context) loaders.evidenceContext.prime(id, whole.context);
}
