/**
 * Input at fault, thrown by pure modules that know nothing of GraphQL; the error boundary
 * (mask-error.ts) turns it into BAD_USER_INPUT with these details as extensions.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'InputError';
  }
}
