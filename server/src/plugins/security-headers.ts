import type { Plugin } from 'graphql-yoga';

/**
 * Cytoscape adds one <style> of its own (`.__________cytoscape_container { position: relative; }`);
 * its hash lets exactly that one through, and no other <style> element. Cytoscape also sets
 * `style` attributes on its canvases, which style-src-attr allows (attributes cannot run script).
 */
const CYTOSCAPE_STYLE_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

/** The page and downloads: scripts, styles, fonts and requests from this origin only; never framed. */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `style-src-elem 'self' ${CYTOSCAPE_STYLE_HASH}`,
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** GraphiQL's editor (Monaco) adds its own <style> elements; its scripts still come from this origin only. */
export const GRAPHIQL_CSP = APP_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace(`style-src-elem 'self' ${CYTOSCAPE_STYLE_HASH}`, "style-src-elem 'self' 'unsafe-inline'").replace("font-src 'self'", "font-src 'self' data:");

/** Headers every response carries. */
export const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** True for the GraphiQL page and its assets, which get GRAPHIQL_CSP. */
export const isGraphiqlPath = (pathname: string) => pathname.startsWith('/graphiql/');

/** Adds the CSP and the other browser-side defences to every response, whichever plugin made it. */
export function useSecurityHeaders(): Plugin {
  return {
    onResponse({ request, response }) {
      const pathname = new URL(request.url, 'http://localhost').pathname;
      const graphiqlPage = (pathname === '/graphql' && (response.headers.get('content-type') ?? '').startsWith('text/html')) || isGraphiqlPath(pathname);
      response.headers.set('content-security-policy', graphiqlPage ? GRAPHIQL_CSP : APP_CSP);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
    },
  };
}
