/** Thrown when a tool the database needs is missing; the message says what to install or set. */
export class MissingToolError extends Error {}

/** Thrown when a port is taken or a running server rejects the configured credentials. */
export class LocalServerConflictError extends Error {}
