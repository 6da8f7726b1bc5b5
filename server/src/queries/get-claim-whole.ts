import type { Db } from '../db/db.js';
import type { AssertionModel, EvidenceModel, NodeModel } from '../domain/models.js';
import { EVIDENCE_TYPES, nodeMap } from './cypher-parts.js';
import type { ClaimLinks } from './get-claim-links.js';
import { evidenceContextOf, toEvidenceContext, type EvidenceContext } from './get-evidence-context.js';
import { CLAIM_LINKS, CLAIM_LINK_PATTERN, type ClaimLinkType } from '../domain/claim-links.js';

/** What one claim request needs read beyond the claim, its links, evidence and assertions. */
export interface ClaimParts {
  /** The summary rule's context (study relations, comparators, outcomes, conditions): only a summary reads it. */
  context: boolean;
  /** The study properties each evidence row carries; null for every stored property. */
  studyProps: readonly string[] | null;
}

/** Everything, as a request that selects any field of the claim gets it. */
export const WHOLE_CLAIM: ClaimParts = { context: true, studyProps: null };

const studyMap = (props: ClaimParts['studyProps']) => (props ? `s {${props.map((p) => `.${p}`).join(', ')}, __label: labels(s)[0]}` : nodeMap('s'));

/**
 * A claim with what its page asks for, in one statement: its links, its evidence edges with their studies (the
 * summary's inputs) and the articles asserting it, and (when a summary is asked for) the summary rule's context. Row
 * shapes match the per-field loaders', so the result primes them and nested fields cost no further round trip; the
 * claim itself comes once, not again in every evidence and assertion row.
 */
export const claimWholeStatement = ({ context, studyProps }: ClaimParts) => /* cypher */ `
  MATCH (c:Claim {id: $id})
  RETURN ${nodeMap('c')} AS node,
    COLLECT { MATCH (c)-[r:${CLAIM_LINK_PATTERN}]->(x) RETURN {type: type(r), node: ${nodeMap('x')}} AS l ORDER BY coalesce(x.name, x.id) } AS links,
    COLLECT { MATCH (c)<-[e:${EVIDENCE_TYPES}]-(s:Study)
      RETURN e {.*, stance: type(e), study: ${studyMap(studyProps)}} AS e
      ORDER BY s.year DESC, s.id, e.id } AS evidence,
    COLLECT { MATCH (c)<-[r:ASSERTS]-(s:Source)
      RETURN r {.id, .quote, source: ${nodeMap('s')}} AS a ORDER BY s.title } AS assertions,
    ${context ? evidenceContextOf('c') : 'null'} AS context`;

export const GET_CLAIM_WHOLE = claimWholeStatement(WHOLE_CLAIM);

export interface ClaimWhole {
  node: NodeModel;
  links: ClaimLinks;
  evidence: EvidenceModel[];
  assertions: AssertionModel[];
  /** What the summary rule needs beyond the evidence (study relations, comparators, outcomes, conditions); null when not read. */
  context: EvidenceContext | null;
}

const FIELD_OF_TYPE = Object.fromEntries(CLAIM_LINKS.map((l) => [l.type, l.claimField])) as Record<ClaimLinkType, keyof ClaimLinks>;

/** The claim and its parts; null when no claim has this id. One round trip. */
export async function getClaimWhole(db: Db, id: string, parts: ClaimParts = WHOLE_CLAIM): Promise<ClaimWhole | null> {
  type Row = { node: NodeModel; links: Array<{ type: ClaimLinkType; node: NodeModel }>; evidence: EvidenceModel[]; assertions: AssertionModel[]; context: EvidenceContext | null };
  const [row] = await db.read<Row & Record<string, unknown>>('GET_CLAIM_WHOLE', claimWholeStatement(parts), { id });
  if (!row) return null;
  const links = Object.fromEntries(CLAIM_LINKS.map((l) => [l.claimField, []])) as unknown as ClaimLinks;
  for (const { type, node } of row.links) links[FIELD_OF_TYPE[type]].push(node);
  const evidence = row.evidence.map((e) => ({ ...e, claim: row.node }));
  const assertions = row.assertions.map((a) => ({ ...a, claim: row.node }));
  return { node: row.node, links, evidence, assertions, context: parts.context ? toEvidenceContext(row.context ?? undefined) : null };
}
