import { timingSafeEqual } from 'node:crypto';
import type { Config } from '../config.js';
import { apiError } from '../errors/codes.js';

/** What the token check needs from the resolver context. */
export interface CuratorContext {
  config: Pick<Config, 'EVIGRAPH_WRITE_TOKEN'>;
  request: Request;
}

/** True when the server accepts curator writes at all (a token is configured). */
export const writesEnabled = (config: Pick<Config, 'EVIGRAPH_WRITE_TOKEN'>) => config.EVIGRAPH_WRITE_TOKEN.length > 0;

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Throws UNAUTHENTICATED unless the request carries `Authorization: Bearer <EVIGRAPH_WRITE_TOKEN>`.
 * Call it first in every mutation resolver, before any validation or database work.
 */
export function requireCurator(ctx: CuratorContext): void {
  const expected = ctx.config.EVIGRAPH_WRITE_TOKEN;
  if (!writesEnabled(ctx.config)) {
    throw apiError('UNAUTHENTICATED', 'Writes are disabled on this server: no curator token is configured.');
  }
  const header = ctx.request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match || !sameToken(match[1]!, expected)) {
    throw apiError('UNAUTHENTICATED', 'A valid curator token is required: send "Authorization: Bearer <token>".');
  }
}
