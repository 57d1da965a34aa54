/**
 * Builds the renderer (renderer/ → out/renderer). Relative asset URLs (base './') so the same
 * build loads from Electron's app protocol and from `tandai serve`; nothing is fetched remotely.
 */
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The dev server only: React Fast Refresh injects one inline module script, which the page's CSP
 * (script-src 'self') would block. Built pages keep the strict policy untouched.
 */
function allowRefreshPreambleInDev(): Plugin {
  return {
    name: 'tandai-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("script-src 'self';", "script-src 'self' 'unsafe-inline';"),
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), allowRefreshPreambleInDev()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    // No inline data: URLs for assets either; everything stays a file next to index.html.
    assetsInlineLimit: 0,
  },
});
