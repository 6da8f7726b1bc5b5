import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Plugin } from 'graphql-yoga';

/** The prebuilt GraphiQL of @graphql-yoga/graphiql, served by the app itself: nothing is loaded from a CDN. */
export const GRAPHIQL_DIST = path.dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql'));
const OWN_ASSETS = new URL('./graphiql-assets/', import.meta.url).pathname;

/** The page: external scripts only (the CSP forbids inline ones). */
export const GRAPHIQL_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>evigraph GraphiQL</title>
    <link rel="stylesheet" href="/graphiql/graphiql.css" />
  </head>
  <body>
    <noscript>GraphiQL needs JavaScript; the API itself answers POST /graphql.</noscript>
    <div id="root">Loading GraphiQL…</div>
    <script src="/graphiql/setup.js"></script>
    <script src="/graphiql/yoga-graphiql.umd.js"></script>
    <script src="/graphiql/start.js"></script>
  </body>
</html>
`;

/** Asset name → file: the package's bundle, stylesheet and editor workers, and our two small scripts. */
const ASSETS: Record<string, string> = {
  'yoga-graphiql.umd.js': path.join(GRAPHIQL_DIST, 'yoga-graphiql.umd.js'),
  'graphiql.css': path.join(GRAPHIQL_DIST, 'graphiql.css'),
  'monacoeditorwork/editor.worker.bundle.js': path.join(GRAPHIQL_DIST, 'monacoeditorwork', 'editor.worker.bundle.js'),
  'monacoeditorwork/json.worker.bundle.js': path.join(GRAPHIQL_DIST, 'monacoeditorwork', 'json.worker.bundle.js'),
  'monacoeditorwork/graphql.worker.bundle.js': path.join(GRAPHIQL_DIST, 'monacoeditorwork', 'graphql.worker..bundle.js'),
  'setup.js': path.join(OWN_ASSETS, 'setup.js'),
  'start.js': path.join(OWN_ASSETS, 'start.js'),
};

const typeOf = (name: string) => (name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8');

/** True when a browser navigates to /graphql (GET asking for HTML), as yoga decides for its own GraphiQL. */
const wantsPage = (request: Request) => request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html');

/** GraphiQL lives at one address, /graphql; /graphiql, where people also look for it, redirects there. */
export const GRAPHIQL_ALIAS = /^\/graphiql\/?$/;

/** GET /graphql from a browser → the GraphiQL page; /graphiql → a redirect to it; GET /graphiql/<asset> → its files. */
export function useGraphiqlPage(): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (GRAPHIQL_ALIAS.test(url.pathname) && request.method === 'GET') {
        return endResponse(new fetchAPI.Response(null, { status: 308, headers: { location: '/graphql' } }));
      }
      if (url.pathname === '/graphql' && wantsPage(request)) {
        return endResponse(new fetchAPI.Response(GRAPHIQL_HTML, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' } }));
      }
      if (!url.pathname.startsWith('/graphiql/')) return;
      const file = ASSETS[url.pathname.slice('/graphiql/'.length)];
      if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) return endResponse(new fetchAPI.Response('Not found', { status: 404 }));
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : fs.readFileSync(file), {
          headers: { 'content-type': typeOf(file), 'cache-control': 'public, max-age=86400' },
        }),
      );
    },
  };
}
