import fs from 'node:fs';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Config } from './config.js';
import type { Db } from './db/db.js';
import type { Log } from './log.js';
import { resolvers } from './resolvers/index.js';
import { useHealthAndReady } from './plugins/health.js';
import { useStaticWeb } from './plugins/static-web.js';
import { useLimits } from './plugins/limits.js';
import { useExportDownload } from './plugins/export-download.js';
import { createMaskError } from './errors/mask-error.js';
import type { Context } from './context/context.js';

export const SCHEMA_PATH = new URL('../../schema.graphql', import.meta.url).pathname;

export type { Context } from './context/context.js';

export interface AppDeps {
  config: Config;
  db: Db;
  log: Log;
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

/** Builds the evigraph app (GraphQL at /graphql, /health, /ready, the web page) without opening a port. */
export function createApp({ config, db, log }: AppDeps): App {
  const schema = makeExecutableSchema<Context>({ typeDefs: fs.readFileSync(SCHEMA_PATH, 'utf8'), resolvers });
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: true,
    maskedErrors: { maskError: createMaskError(log) },
    logging: {
      debug: (...a) => log.debug(String(a[0]), { args: a.slice(1) }),
      info: (...a) => log.info(String(a[0])),
      warn: (...a) => log.warn(String(a[0])),
      error: (...a) => log.error(String(a[0]), { detail: a.slice(1).map((x) => (x instanceof Error ? x.stack : x)) }),
    },
    context: ({ request }) => ({ config, db, log, request }),
    plugins: [useHealthAndReady(db), useExportDownload(db, log), useStaticWeb(), ...useLimits()],
  }) as App;
}
