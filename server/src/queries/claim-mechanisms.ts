import type { Db } from '../db/db.js';

/** The claim's kind and the mechanisms it works via, or null when the claim does not exist. */
export const CLAIM_MECHANISMS = /* cypher */ `
  MATCH (c:Claim {id: $id})
  OPTIONAL MATCH (c)-[:VIA]->(m:Mechanism)
  RETURN c.claimKind AS kind, collect(m.id) AS mechanisms`;

export async function claimMechanisms(db: Db, id: string): Promise<{ kind: string | null; mechanisms: string[] } | null> {
  const [row] = await db.read<{ kind: string | null; mechanisms: string[] }>('CLAIM_MECHANISMS', CLAIM_MECHANISMS, { id });
  return row ?? null;
}

/** Ids of the claims a study's evidence edges point to. */
export const CLAIMS_OF_STUDY = /* cypher */ `
  MATCH (:Study {id: $id})-[:SUPPORTS|CONTRADICTS|QUALIFIES]->(c:Claim)
  RETURN collect(DISTINCT c.id) AS ids`;

export async function claimsOfStudy(db: Db, id: string): Promise<string[]> {
  const [row] = await db.read<{ ids: string[] }>('CLAIMS_OF_STUDY', CLAIMS_OF_STUDY, { id });
  return row?.ids ?? [];
}
