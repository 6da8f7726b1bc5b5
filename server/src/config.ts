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
  /** Bearer token for curator writes; empty disables writes. @default "" */
  EVIGRAPH_WRITE_TOKEN: z.string().default(''),
  /** Load the seed graph at start when the database is empty. @default true */
  SEED_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** @default "info" */
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type Config = Readonly<z.infer<typeof ConfigSchema>>;

/** Thrown when one or more variables are invalid; the message names each. */
export class ConfigError extends Error {}

/** Reads and validates the environment; lists every bad variable at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze(parsed.data);
}

/** The config as it may be logged: the password and token appear as "set" or "unset". */
export function describeConfig(config: Config): Record<string, unknown> {
  return {
    ...config,
    NEO4J_PASSWORD: 'set',
    EVIGRAPH_WRITE_TOKEN: config.EVIGRAPH_WRITE_TOKEN ? 'set' : 'unset',
  };
}
