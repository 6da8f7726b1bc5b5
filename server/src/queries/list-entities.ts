import type { Db } from '../db/db.js';
import { pageOf, pageParams, toConnection, type PageRow } from './paging.js';
import { ENTITY_LABELS, type EntityLabel } from '../domain/claim-links.js';

export { ENTITY_LABELS } from '../domain/claim-links.js';
export type ListedEntity = EntityLabel;

const listOf = (label: ListedEntity) => /* cypher */ `
  MATCH (n:${label})
  WHERE ($nameContains IS NULL
         OR toLower(n.name) CONTAINS toLower($nameContains)
         OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS toLower($nameContains)))
    AND ($category IS NULL OR n.category = $category)
  ${pageOf('n', 'n.name, n.id')}`;

/** Entities of one whitelisted label by name, one page plus the total. */
export const LIST_ENTITIES = Object.fromEntries(ENTITY_LABELS.map((l) => [l, listOf(l)])) as Record<ListedEntity, string>;

/** Sources (articles) by title, one page plus the total. */
export const LIST_SOURCES = /* cypher */ `
  MATCH (n:Source)
  WHERE $question IS NULL OR EXISTS { (:Question {id: $question})-[:STARTS_FROM]->(n) }
  ${pageOf('n', 'n.title, n.id')}`;

export interface EntityCriteria {
  nameContains: string | null;
  category: string | null;
}

/** One page of techniques, conditions, mechanisms or outcomes. */
export async function listEntities(db: Db, label: ListedEntity, c: EntityCriteria, skip: number, first: number) {
  const [row] = await db.read<PageRow & Record<string, unknown>>(`LIST_ENTITIES.${label}`, LIST_ENTITIES[label], { ...c, ...pageParams(skip, first) });
  return toConnection(row, skip);
}

/** One page of sources. */
export async function listSources(db: Db, skip: number, first: number, question: string | null = null) {
  const [row] = await db.read<PageRow & Record<string, unknown>>('LIST_SOURCES', LIST_SOURCES, { ...pageParams(skip, first), question });
  return toConnection(row, skip);
}
