import { z } from 'zod';

/** Everything evigraph reads from the environment, validated once at start-up. */
const ConfigSchema = z.object({
  /** @default 4000 */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** @default "127.0.0.1" */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Use this Neo4j server; when unset a local one is provisioned. */
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI')
    .optional(),
  /** @default "neo4j" */
  NEO4J_USER: z.string().min(1).default('neo4j'),
  /** @default "evigraph-local" (Neo4j needs at least 8 characters) */
  NEO4J_PASSWORD: z.string().min(8, 'must have at least 8 characters').default('evigraph-local'),
  /** @default "neo4j" */
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /** Folder holding the local server's jars and data; deleting it is a full reset. @default ".neo4j" */
  NEO4J_HOME: z.string().min(1).default('.neo4j'),
  /** @default 7687 */
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  /** @default 7474 */
  NEO4J_HTTP_PORT: z.coerce.number().int().min(1).max(65535).default(7474),
  /** @default "1g" */
  NEO4J_HEAP: z.string().regex(/^\d+[mg]$/, 'must look like 512m or 1g').default('1g'),
  /** @default "256m" */
  NEO4J_PAGECACHE: z.string().regex(/^\d+[mg]$/, 'must look like 256m or 1g').default('256m'),
  /** One curator's bearer token (audit log name "curator"); at least 24 characters, no whitespace. @default "" */
  EVIGRAPH_WRITE_TOKEN: z.string().default(''),
  /** Named curator tokens, "alice:token,bob:token"; the name is what the audit log records. @default "" */
  EVIGRAPH_WRITE_TOKENS: z.string().default(''),
  /** Failed write-token attempts one client may make per minute before it is refused with RATE_LIMITED. @default 10 */
  EVIGRAPH_AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  /** Browser origins allowed to call the API from another site, comma-separated; empty = same origin only. @default "" */
  EVIGRAPH_CORS_ORIGINS: z.string().default(''),
  /** Deadline of one database transaction, in ms: longer and the request answers DB_UNAVAILABLE. @default 4000 */
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(4_000),
  /** Citation formatting and import parsing jobs running at once in worker threads. @default 2 */
  HEAVY_JOB_THREADS: z.coerce.number().int().min(1).max(64).default(2),
  /** Heavy jobs that may wait for a thread; more answer BUSY ("busy, retry"). @default 8 */
  HEAVY_JOB_QUEUE: z.coerce.number().int().min(0).max(10_000).default(8),
  /** Where DOIs are looked up (Crossref's REST API; /works/<doi> is appended). @default "https://api.crossref.org" */
  METADATA_CROSSREF_URL: z.string().url().default('https://api.crossref.org'),
  /** Where PMIDs are looked up (NCBI E-utilities; /esummary.fcgi is appended). @default "https://eutils.ncbi.nlm.nih.gov/entrez/eutils" */
  METADATA_EUTILS_URL: z.string().url().default('https://eutils.ncbi.nlm.nih.gov/entrez/eutils'),
  /** How long one metadata look-up may take, in ms, before the page is told to fill the form by hand. @default 8000 */
  METADATA_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(8_000),
  /** Two-person review: curator changes become proposals that take effect when a second curator approves. @default false */
  REVIEW_REQUIRED: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Load the seed graph at start when the database is empty. @default true */
  SEED_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** @default "info" */
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

/** A token: long enough not to be guessed, and without whitespace (an Authorization header could never carry it). */
export const TOKEN_RULE = /^\S{24,}$/;
const TOKEN_NAME = /^[A-Za-z0-9._-]{1,40}$/;

/** One curator: the name the audit log records and the bearer token. */
export interface Curator {
  name: string;
  token: string;
}

/** Problems with the token settings, one line each; empty when they are fine. */
function tokenProblems(single: string, list: string): Array<[string, string]> {
  const problems: Array<[string, string]> = [];
  if (single && !TOKEN_RULE.test(single)) problems.push(['EVIGRAPH_WRITE_TOKEN', 'must be at least 24 characters with no whitespace']);
  const seen = new Set<string>();
  list
    .split(',')
    .filter((e) => e.trim())
    .forEach((entry, i) => {
      const at = entry.indexOf(':');
      const name = at > 0 ? entry.slice(0, at).trim() : '';
      const token = at > 0 ? entry.slice(at + 1) : '';
      if (!TOKEN_NAME.test(name)) problems.push(['EVIGRAPH_WRITE_TOKENS', `entry ${i + 1} must be name:token with a name of letters, digits, . _ -`]);
      else if (!TOKEN_RULE.test(token)) problems.push(['EVIGRAPH_WRITE_TOKENS', `the token of "${name}" must be at least 24 characters with no whitespace`]);
      else if (seen.has(name)) problems.push(['EVIGRAPH_WRITE_TOKENS', `"${name}" is listed twice`]);
      seen.add(name);
    });
  return problems;
}

/** Every configured curator: the named list, plus "curator" for EVIGRAPH_WRITE_TOKEN. */
export function curatorsOf(config: Pick<Config, 'EVIGRAPH_WRITE_TOKEN' | 'EVIGRAPH_WRITE_TOKENS'>): Curator[] {
  const named = config.EVIGRAPH_WRITE_TOKENS.split(',')
    .filter((e) => e.trim())
    .map((e) => ({ name: e.slice(0, e.indexOf(':')).trim(), token: e.slice(e.indexOf(':') + 1) }));
  return config.EVIGRAPH_WRITE_TOKEN ? [...named, { name: 'curator', token: config.EVIGRAPH_WRITE_TOKEN }] : named;
}

export type Config = Readonly<z.infer<typeof ConfigSchema>>;

/** Thrown when one or more variables are invalid; the message names each. */
export class ConfigError extends Error {}

/** Reads and validates the environment; lists every bad variable at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(present);
  const lines = parsed.success ? [] : parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  lines.push(...tokenProblems(String(present.EVIGRAPH_WRITE_TOKEN ?? ''), String(present.EVIGRAPH_WRITE_TOKENS ?? '')).map(([k, m]) => `  ${k}: ${m}`));
  if (!parsed.success || lines.length) throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  return Object.freeze(parsed.data);
}

/** The config as it may be logged: the password and token appear as "set" or "unset". */
export function describeConfig(config: Config): Record<string, unknown> {
  return {
    ...config,
    NEO4J_PASSWORD: 'set',
    EVIGRAPH_WRITE_TOKEN: config.EVIGRAPH_WRITE_TOKEN ? 'set' : 'unset',
    EVIGRAPH_WRITE_TOKENS: curatorsOf({ ...config, EVIGRAPH_WRITE_TOKEN: '' }).map((c) => c.name),
  };
}
