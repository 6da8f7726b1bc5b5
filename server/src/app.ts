import fs from 'node:fs';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Config } from './config.js';
import type { Db } from './db/db.js';
import type { Log } from './log.js';
import { resolvers } from './resolvers/index.js';
import { withBoundedArguments } from './resolvers/bound-arguments.js';
import { useHealthAndReady } from './plugins/health.js';
import { useStaticWeb } from './plugins/static-web.js';
import { useLimits } from './plugins/limits.js';
import { useExportDownload } from './plugins/export-download.js';
import { useWorkbookDownload } from './plugins/workbook-download.js';
import { createMaskError } from './errors/mask-error.js';
import type { Context } from './context/context.js';
import { yogaLogger } from './errors/yoga-logger.js';
import { useSecurityHeaders } from './plugins/security-headers.js';
import { useGraphiqlPage } from './plugins/graphiql-page.js';
import { corsOptions, useBodyLimit } from './plugins/request-limits.js';
import { createFailedAttempts } from './auth/failed-attempts.js';
import type { IncomingMessage } from 'node:http';
import { createHeavyPool, type HeavyPool } from './heavy/heavy-pool.js';

export const SCHEMA_PATH = new URL('../../schema.graphql', import.meta.url).pathname;

export type { Context } from './context/context.js';

export interface AppDeps {
  config: Config;
  db: Db;
  log: Log;
  /** Worker threads for citation formatting and import parsing; made from the config when not given. */
  heavy?: HeavyPool;
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

/** Builds the evigraph app (GraphQL at /graphql, /health, /ready, the web page) without opening a port. */
export function createApp({ config, db, log, heavy = createHeavyPool({ threads: config.HEAVY_JOB_THREADS, queue: config.HEAVY_JOB_QUEUE }) }: AppDeps): App {
  const failedAttempts = createFailedAttempts(config.EVIGRAPH_AUTH_FAILURES_PER_MINUTE);
  const schema = makeExecutableSchema<Context>({ typeDefs: fs.readFileSync(SCHEMA_PATH, 'utf8'), resolvers: withBoundedArguments(resolvers) });
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false, // served by useGraphiqlPage from the app's own assets, not a CDN
    cors: corsOptions(config),
    maskedErrors: { maskError: createMaskError(log), isDev: false },
    logging: yogaLogger(log),
    context: ({ request, req }: { request: Request; req?: IncomingMessage }) => ({
      config,
      db,
      log,
      request,
      client: req?.socket?.remoteAddress ?? 'unknown',
      failedAttempts,
      heavy,
    }),
    plugins: [useSecurityHeaders(), useBodyLimit(), useHealthAndReady(db), useGraphiqlPage(), useExportDownload(db, log, heavy), useWorkbookDownload(db, log), useStaticWeb(), ...useLimits(), useGraphQlJit()],
  }) as App;
}
