/**
 * What resolvers may ask of the worker pool (heavy-pool.ts), typed loosely on purpose: this file
 * imports nothing, so the Context can name it without an import cycle through the generated types.
 */
export interface HeavyJobs {
  /** Formats citation groups in a worker thread. */
  format(groups: readonly object[], format: string): Promise<string>;
  /** Parses and checks an import file in a worker thread; resolves to the imported studies. */
  parse(format: string, content: string): Promise<readonly object[]>;
  close(): Promise<void>;
}
