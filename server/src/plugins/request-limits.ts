import type { CORSOptions, Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';

/** The largest request body: a 10 MB citation file, JSON-escaped, with room to spare. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** Cross-origin calls only from the configured origins, and never with cookies or credentials. */
export function corsOptions(config: Pick<Config, 'EVIGRAPH_CORS_ORIGINS'>): CORSOptions | false {
  const origins = config.EVIGRAPH_CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  if (!origins.length) return false; // same origin only: no CORS headers at all
  return { origin: origins, credentials: false, methods: ['GET', 'POST'], allowedHeaders: ['content-type', 'authorization', 'accept'] };
}

/** 413 for a body declared larger than MAX_BODY_BYTES, before any of it is read. */
export function useBodyLimit(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > MAX_BODY_BYTES) {
        endResponse(fetchAPI.Response.json({ errors: [{ message: `The request body is larger than ${MAX_BODY_BYTES} bytes.`, extensions: { code: 'BAD_USER_INPUT' } }] }, { status: 413 }));
      }
    },
  };
}
