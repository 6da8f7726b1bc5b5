import type { Db } from '../db/db.js';
import type { ChangeInput, LinkInput } from '../generated/graphql.js';
import { badInput, notFound } from '../errors/codes.js';
import { FINDING_DIRECTION_OF_STANCE } from '../domain/stances.js';
import * as curation from '../use-cases/curation.js';
import { checkId } from '../input/validate-input.js';
import { createEvidenceEdge, deleteEvidenceEdge, parseEvidenceId, updateEvidenceEdge } from '../queries/write-evidence.js';
import { findDuplicateStudy } from '../queries/find-duplicate-study.js';
import { claimMechanisms, claimsOfStudy } from '../queries/claim-mechanisms.js';
import { checkReason, findingProps, linkProps } from './finding-rules.js';
import { duplicateError } from './lookup-study.js';
import { withReason } from '../db/change-reason.js';

/** What one ChangeInput asks for, checked before anything is read or written. */
function need<T>(value: T | null | undefined, field: string, kind: string): T {
  if (value == null) throw badInput(`${kind} needs ${field}`, field);
  return value;
}

/** A mechanism link names only mechanisms the claim works via; an effect claim takes none. */
async function checkMechanisms(db: Db, link: LinkInput): Promise<void> {
  checkId('claimId', link.claimId);
  const claim = await claimMechanisms(db, link.claimId);
  if (!claim) throw notFound('Claim', link.claimId);
  for (const m of link.measuredMechanismIds ?? []) {
    if (!claim.mechanisms.includes(m)) throw badInput(`claim "${link.claimId}" does not work via mechanism "${m}"`, 'measuredMechanismIds');
  }
}

/** The claims whose evidence the change touches: their verdicts are what a preview compares. */
export async function claimsTouched(db: Db, change: ChangeInput): Promise<string[]> {
  switch (change.kind) {
    case 'ADD_FINDING':
      return [...new Set((change.links ?? []).map((l) => l.claimId))];
    case 'UPDATE_EVIDENCE':
    case 'DELETE_EVIDENCE': {
      const ref = parseEvidenceId(need(change.id, 'id', change.kind));
      return ref ? [ref.claimId] : [];
    }
    case 'UPDATE_STUDY':
      return claimsOfStudy(db, need(change.id, 'id', change.kind));
    default:
      return [];
  }
}

/** One line saying what the change does. */
export function describeChange(change: ChangeInput): string {
  switch (change.kind) {
    case 'ADD_STUDY':
      return `Add study "${change.study?.id}"`;
    case 'UPDATE_STUDY':
      return `Change study "${change.id}"`;
    case 'ADD_FINDING':
      return `Add a finding of "${change.studyId}" linked to ${(change.links ?? []).map((l) => `"${l.claimId}" (${l.stance.toLowerCase()})`).join(', ')}`;
    case 'UPDATE_EVIDENCE':
      return `Change link "${change.id}"${change.stance ? ` to ${change.stance.toLowerCase()}` : ''}`;
    case 'DELETE_EVIDENCE':
      return `Delete link "${change.id}"`;
  }
}

/**
 * Applies a change through the curation writes (each validated, transactional, versioned and audited), with the
 * curator's reason in every audit entry it writes. Returns the ids written.
 */
export async function applyChangeNow(db: Db, change: ChangeInput, who: string): Promise<string[]> {
  const reason = checkReason('reason', change.reason);
  return withReason(reason, async () => {
    switch (change.kind) {
      case 'ADD_STUDY': {
        const study = need(change.study, 'study', change.kind);
        const duplicate = await findDuplicateStudy(db, study);
        if (duplicate) throw duplicateError(duplicate);
        return [(await curation.addStudy(db, study, who)).id];
      }
      case 'UPDATE_STUDY': {
        const id = need(change.id, 'id', change.kind);
        return [(await curation.changeStudy(db, id, { ...need(change.studyPatch, 'studyPatch', change.kind), version: change.version }, who)).id];
      }
      case 'ADD_FINDING': {
        const studyId = checkId('studyId', need(change.studyId, 'studyId', change.kind));
        const finding = findingProps(need(change.finding, 'finding', change.kind));
        const links = need(change.links, 'links', change.kind);
        if (!links.length) throw badInput('link the finding to at least one claim', 'links');
        const props = links.map(linkProps);
        for (const link of links) await checkMechanisms(db, link);
        const ids: string[] = [];
        for (const [i, link] of links.entries()) {
          const edge = await createEvidenceEdge(db, studyId, link.claimId, link.stance, dropNulls({ ...finding, ...props[i], direction: FINDING_DIRECTION_OF_STANCE[link.stance] }), { who });
          ids.push(edge.id);
        }
        return ids;
      }
      case 'UPDATE_EVIDENCE': {
        const id = need(change.id, 'id', change.kind);
        const changes: Record<string, unknown> = change.findingPatch ? findingProps(change.findingPatch) : {};
        if (change.why != null) changes.why = checkReason('why', change.why);
        if (change.stance) changes.direction = FINDING_DIRECTION_OF_STANCE[change.stance];
        if (!Object.keys(changes).length && !change.stance) throw badInput('nothing to change: give a stance, a reason or the finding', 'stance');
        return [(await updateEvidenceEdge(db, id, change.stance ?? null, changes, { who, version: change.version })).id];
      }
      case 'DELETE_EVIDENCE': {
        const id = need(change.id, 'id', change.kind);
        await deleteEvidenceEdge(db, id, { who, version: change.version });
        return [id];
      }
    }
  });
}

// A created edge stores absent fields as absent, never as null (the seed's edges do the same).
const dropNulls = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).filter(([, v]) => v != null));
