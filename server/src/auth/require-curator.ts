import { timingSafeEqual } from 'node:crypto';
import { curatorsOf, type Config } from '../config.js';
import { apiError } from '../errors/codes.js';
import type { FailedAttempts } from './failed-attempts.js';

type TokenConfig = Pick<Config, 'EVIGRAPH_WRITE_TOKEN' | 'EVIGRAPH_WRITE_TOKENS'> & Partial<Pick<Config, 'REVIEW_REQUIRED'>>;

/** What the token check needs from the resolver context. */
export interface CuratorContext {
  config: TokenConfig;
  request: Request;
  /** Who is asking (the peer address), for counting failed attempts. */
  client?: string;
  failedAttempts?: FailedAttempts;
}

/** True when the server accepts curator writes at all (a token is configured). */
export const writesEnabled = (config: TokenConfig) => curatorsOf(config).length > 0;

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Returns the curator's name, or throws UNAUTHENTICATED unless the request carries
 * `Authorization: Bearer <token>` of a configured curator; RATE_LIMITED once the client has
 * failed too often this minute (then even a right token waits, so guessing learns nothing).
 * Call it first in every mutation resolver, before any validation or database work.
 */
export function requireCurator(ctx: CuratorContext): string {
  const curators = curatorsOf(ctx.config);
  if (!curators.length) {
    throw apiError('UNAUTHENTICATED', 'Writes are disabled on this server: no curator token is configured.');
  }
  const client = ctx.client ?? 'unknown';
  if (ctx.failedAttempts?.blocked(client)) {
    throw apiError('RATE_LIMITED', 'Too many failed token attempts from this client; wait a minute and try again.');
  }
  const header = ctx.request.headers.get('authorization') ?? '';
  const given = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  // Every token is compared, so the time taken does not tell which one was close.
  const found = given ? curators.filter((c) => sameToken(given, c.token)) : [];
  if (!found.length) {
    ctx.failedAttempts?.fail(client);
    throw apiError('UNAUTHENTICATED', 'A valid curator token is required: send "Authorization: Bearer <token>".');
  }
  return found[0]!.name;
}

/**
 * requireCurator for writes that take effect at once (the record mutations, imports): with two-person review on,
 * they are FORBIDDEN, so no change moves a verdict without a second curator's approval of its proposal.
 */
export function requireDirectWriter(ctx: CuratorContext): string {
  const who = requireCurator(ctx);
  if (ctx.config.REVIEW_REQUIRED) {
    throw apiError(
      'FORBIDDEN',
      'Two-person review is on: propose the change with applyChange (the Curation section of the page); it takes effect when a second curator approves it.',
    );
  }
  return who;
}
