import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip as gzipCallback } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { parse } from 'graphql';
import { defineConfig, type Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCallback);

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

/**
 * Each graphql(`…`) call in src/ becomes its typed document (hash and AST, as codegen wrote it
 * in src/__generated__/graphql.ts), written where the call is. The client preset's graphql()
 * looks a text up in one map of every document the portal has, which put all of them (395 KB of
 * 631) into the first screen's script; so each lazy page carries only its own. A call whose
 * document codegen has not written fails the build (run `npm run codegen -w client`).
 */
const documentsWhereWritten = (): Plugin => {
  const documents = new Map<string, string>();
  return {
    name: 'documents-where-written',
    apply: 'build',
    buildStart() {
      const generated = readFileSync(page('src/__generated__/graphql.ts'), 'utf8');
      for (const [, name, json] of generated.matchAll(
        /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm,
      ))
        documents.set(name!, json!);
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/__generated__/')) return;
      if (!code.includes('graphql(`')) return;
      return code.replace(/\bgraphql\(`([^`]*)`\)/g, (_call, text: string) => {
        const [first] = parse(text).definitions;
        const name =
          first?.kind === 'OperationDefinition' && first.name
            ? `${first.name.value}Document`
            : first?.kind === 'FragmentDefinition'
              ? `${first.name.value}FragmentDoc`
              : '';
        const document = documents.get(name);
        if (!document) this.error(`${id}: no generated document ${name || 'for a nameless one'}`);
        return `(${document})`;
      });
    },
  };
};

/** Text files worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt)$/;

/**
 * Each script, style and page also as .br (Brotli) and .gz, written once at build time: the
 * gateway sends the one the browser accepts and spends no CPU per request. Brotli's quality 10,
 * not 11: 2% larger files (the first screen's 82 KB script: 84 KB) for less than half the time,
 * and the files are compressed side by side on zlib's threads.
 */
const precompressed = (): Plugin => ({
  name: 'precompressed',
  apply: 'build',
  async writeBundle(options, bundle) {
    const outDir = options.dir ?? page('dist');
    const files = Object.keys(bundle)
      .filter((fileName) => COMPRESSIBLE.test(fileName) && !fileName.startsWith('.vite/'))
      .map((fileName) => path.join(outDir, fileName));
    await Promise.all(
      files.map(async (file) => {
        const content = await readFile(file);
        if (content.length < 1024) return;
        const [br, gz] = await Promise.all([
          brotli(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 10,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
          gzip(content, { level: 9 }),
        ]);
        await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
      }),
    );
  },
});

// Two pages: the portal (index.html, every route of the single-page app) and the partner
// playground (playground.html, served at /playground). The gateway serves dist/ at /.
export default defineConfig({
  plugins: [react(), documentsWhereWritten(), persistedDocuments(), precompressed()],
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
