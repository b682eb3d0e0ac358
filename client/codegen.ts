import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';

// The client sees the supergraph's API schema: join/link machinery and @inaccessible removed.
const require = createRequire(import.meta.url);
const { apiSchemaOf } = require('@portal/schema/compose-lib.cjs') as {
  apiSchemaOf(supergraphSdl: string): unknown;
};
const { printSchema } = require('graphql') as { printSchema(schema: unknown): string };
const supergraph = readFileSync(require.resolve('@portal/schema/supergraph.graphql'), 'utf8');
const apiSchema = printSchema(apiSchemaOf(supergraph));

/** __typename in every selection but the operation's root, exactly where graphcache adds it. */
const addTypenameBelowRoot = {
  transform: <F extends { document?: DocumentNode }>({ documents }: { documents: F[] }) =>
    documents.map((file) => ({
      ...file,
      document:
        file.document &&
        visit(file.document, {
          SelectionSet(node, _key, parent) {
            if ((parent as ASTNode | undefined)?.kind === Kind.OPERATION_DEFINITION) return;
            const has = node.selections.some(
              (s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias,
            );
            if (has) return;
            return {
              ...node,
              selections: [
                { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } },
                ...node.selections,
              ],
            };
          },
        }),
    })),
};

const config: CodegenConfig = {
  schema: apiSchema,
  documents: ['src/**/*.{ts,tsx}', '!src/__generated__/**'],
  generates: {
    // Typed documents for every graphql(`...`) in src/.
    'src/__generated__/': {
      preset: 'client',
      // Persisted operations: every document carries its sha256 and persisted-documents.json
      // maps each hash to its text, so the client sends hashes and the gateway plans them at
      // start. __typename is added here, as graphcache would, so the text the gateway runs is
      // what the client's cache needs.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      documentTransforms: [addTypenameBelowRoot],
      config: {
        scalars: { DateTime: 'string', Date: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
      },
    },
    // The schema the playground offers partners (no introspection needed, also in production).
    'src/__generated__/schema.graphql': { plugins: ['schema-ast'] },
  },
  hooks: {},
};

export default config;
