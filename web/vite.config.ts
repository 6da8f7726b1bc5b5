import { defineConfig } from 'vite';

/** The web page is built into web/dist, which the server serves at /. */
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  // Cytoscape and fcose are most of the bundle; one chunk loads faster than a waterfall here.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 800 },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/export': 'http://127.0.0.1:4000' } },
});
