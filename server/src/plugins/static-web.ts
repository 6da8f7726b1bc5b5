import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { chooseEncoding, encodedFile, isHashedAsset } from './compressed-files.js';

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

/** False for anything that is not a readable regular file (including names the file system refuses, e.g. too long). */
function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Serves the built web page (web/dist) for every GET that is not the API. */
export function useStaticWeb(root: string = WEB_DIST): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' || url.pathname.startsWith('/graphql') || url.pathname.startsWith('/export/')) return;
      let decoded: string;
      try {
        decoded = decodeURIComponent(url.pathname);
      } catch {
        return endResponse(new fetchAPI.Response('Bad request: the path has a malformed %-escape', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
      }
      if (decoded.includes('\0')) return endResponse(new fetchAPI.Response('Bad request', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
      const wanted = path.normalize(path.join(root, decoded));
      if (!wanted.startsWith(root)) return endResponse(new fetchAPI.Response('Not found', { status: 404 }));
      const file = isFile(wanted) ? wanted : path.join(root, 'index.html');
      if (!fs.existsSync(file)) {
        return endResponse(new fetchAPI.Response('The web page is not built: run `npm run build`.', { status: 404 }));
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const encoding = chooseEncoding(request.headers.get('accept-encoding'), type);
      const headers: Record<string, string> = {
        'content-type': type,
        vary: 'accept-encoding',
        // Hashed assets never change under their name; the page itself must be checked on every visit.
        'cache-control': file !== wanted || !isHashedAsset(decoded) ? 'no-cache' : 'public, max-age=31536000, immutable',
      };
      if (encoding !== 'identity') headers['content-encoding'] = encoding;
      endResponse(new fetchAPI.Response(encodedFile(file, encoding), { headers }));
    },
  };
}
