import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/**
 * dist/.vite/persisted-documents.json: the hash and text of every operation the client sends,
 * which the gateway serving dist/ answers by hash and plans at start (not served itself: sirv
 * skips dot-folders).
 */
const persistedDocuments = (): Plugin => ({
  name: 'persisted-documents',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: '.vite/persisted-documents.json',
      source: readFileSync(page('src/__generated__/persisted-documents.json'), 'utf8'),
    });
  },
});

/** Text files worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt)$/;

/**
 * Each script, style and page also as .br (Brotli, best ratio) and .gz, written once at build
 * time: the gateway sends the one the browser accepts and spends no CPU per request.
 */
const precompressed = (): Plugin => ({
  name: 'precompressed',
  apply: 'build',
  writeBundle(options, bundle) {
    const outDir = options.dir ?? page('dist');
    for (const fileName of Object.keys(bundle)) {
      if (!COMPRESSIBLE.test(fileName) || fileName.startsWith('.vite/')) continue;
      const file = path.join(outDir, fileName);
      const content = readFileSync(file);
      if (content.length < 1024) continue;
      writeFileSync(
        `${file}.br`,
        brotliCompressSync(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
      );
      writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
    }
  },
});

// Two pages: the portal (index.html, every route of the single-page app) and the partner
// playground (playground.html, served at /playground). The gateway serves dist/ at /.
export default defineConfig({
  plugins: [react(), persistedDocuments(), precompressed()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks the first screen loads (scripts/bundle-size.mjs).
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      input: { portal: page('index.html'), playground: page('playground.html') },
      // GraphiQL's React Compiler output says "use no memo"; bundling it is harmless.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: {
    // `npm run dev -w client` next to `npm start`: the API and the dev mailbox from the gateway.
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/dev/mailbox': 'http://localhost:4000',
      '/exports': 'http://localhost:4000',
    },
  },
});
