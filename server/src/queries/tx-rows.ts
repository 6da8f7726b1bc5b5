import type { ManagedTransaction } from 'neo4j-driver';
import type { Params } from '../db/db.js';

/** Runs one statement inside a write transaction and returns its rows as plain objects. */
export async function txRows<R = Record<string, unknown>>(tx: ManagedTransaction, cypher: string, params: Params = {}): Promise<R[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((r) => r.toObject() as R);
}
