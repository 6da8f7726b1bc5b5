import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';

export const WEB_DIST = new URL('../../../web/dist/', import.meta.url).pathname;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** Serves the built web page (web/dist) for every GET that is not the API. */
export function useStaticWeb(root: string = WEB_DIST): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' || url.pathname.startsWith('/graphql') || url.pathname.startsWith('/export/')) return;
      const wanted = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
      if (!wanted.startsWith(root)) return endResponse(new fetchAPI.Response('Not found', { status: 404 }));
      const file = fs.existsSync(wanted) && fs.statSync(wanted).isFile() ? wanted : path.join(root, 'index.html');
      if (!fs.existsSync(file)) {
        return endResponse(new fetchAPI.Response('The web page is not built: run `npm run build`.', { status: 404 }));
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      endResponse(new fetchAPI.Response(fs.readFileSync(file), { headers: { 'content-type': type } }));
    },
  };
}
