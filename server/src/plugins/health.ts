import type { Plugin } from 'graphql-yoga';
import type { Db } from '../db/db.js';

/** `/health`: the process is alive. `/ready`: the database answers (503 until it does). */
export function useHealthAndReady(db: Db): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/health') {
        endResponse(fetchAPI.Response.json({ status: 'ok' }));
      } else if (url.pathname === '/ready') {
        const ready = await db.ping();
        endResponse(fetchAPI.Response.json({ status: ready ? 'ready' : 'database unavailable' }, { status: ready ? 200 : 503 }));
      }
    },
  };
}
