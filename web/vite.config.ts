import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * The map's chunk (MapLibre: most of the script) is imported by the page's script, not by the page: the
 * browser is told of it at once, so that it downloads beside the page's script instead of after it.
 */
function preloadMapChunk(): Plugin {
  return {
    name: 'sitrep-preload-map-chunk',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((c) => c.type === 'chunk' && c.name === 'map-view');
        return chunk ? [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${chunk.fileName}` }, injectTo: 'head' }] : [];
      },
    },
  };
}

/** The dashboard's build: `npm run build:web` writes web/dist, which `sitrep serve` serves at `/`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [preloadMapChunk()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
