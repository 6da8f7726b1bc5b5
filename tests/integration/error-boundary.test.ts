import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GraphQLError } from 'graphql';
import type { Db } from '../../server/src/db/db.js';
import { migrate } from '../../server/src/db/migrations.js';
import { createMaskError } from '../../server/src/errors/mask-error.js';
import { silentLog } from '../../server/src/log.js';
import { clearGraph, createTestDb } from '../support/test-db.js';

let db: Db;
const maskError = createMaskError(silentLog);

beforeAll(async () => {
  db = createTestDb();
  await migrate(db);
  await clearGraph(db);
});
afterAll(async () => {
  await clearGraph(db);
  await db.close();
});

/** The error a real unique-id clash raises: two writes create the same study id (as two racing imports would). */
async function duplicateIdError(id: string): Promise<unknown> {
  await db.write('TEST_CREATE_STUDY', 'CREATE (:Study {id: $id})', { id });
  return db.write('TEST_CREATE_STUDY', 'CREATE (:Study {id: $id})', { id }).then(
    () => null,
    (err: unknown) => err,
  );
}

describe('the error boundary', () => {
  test('maps a unique-id clash to CONFLICT naming the label and the value', async () => {
    const raw = await duplicateIdError('smith2020-back');
    expect(raw).not.toBeNull();
    const wrapped = new GraphQLError('resolver failed', { originalError: raw as Error });
    const masked = maskError(wrapped, 'Unexpected error.') as GraphQLError;
    expect(masked.extensions.code).toBe('CONFLICT');
    expect(masked.extensions.value).toBe('smith2020-back');
    expect(masked.extensions.label).toBe('Study');
    expect(masked.message).toContain('"smith2020-back"');
  });

  test('still masks an error it does not know as INTERNAL_SERVER_ERROR', () => {
    const masked = maskError(new GraphQLError('x', { originalError: new Error('boom') }), 'Unexpected error.') as GraphQLError;
    expect(masked.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(masked.message).toBe('Unexpected error.');
  });
});
