import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { FIRST_VIEW_PATHS } from '../src/api/first-view.ts';

/**
 * The first view's data asked for while the page's script is still loading: a few lines in the page's head
 * that preload the answers of the unfiltered view (only when the address holds no filters), which the
 * script's own requests then take over instead of asking again.
 */
function preloadFirstView(): Plugin {
  const script = `if (!location.search) for (const href of ${JSON.stringify(FIRST_VIEW_PATHS)}) document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href }));`;
  return {
    name: 'sitrep-preload-first-view',
    transformIndexHtml: () => [{ tag: 'script', children: script, injectTo: 'head' }],
  };
}

/**
 * The dashboard's build: `npm run build:web` writes web/dist, which `sitrep serve` serves at `/`. MapLibre
 * (most of the script) is a chunk of its own, imported once the map's first view is drawn without it.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [preloadFirstView()],
  // The bundled country outlines parsed as JSON text, several times faster than the same object as script.
  json: { stringify: true, namedExports: false },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
