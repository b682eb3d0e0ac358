import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CodegenConfig } from '@graphql-codegen/cli';

// The client sees the supergraph's API schema: join/link machinery and @inaccessible removed.
const require = createRequire(import.meta.url);
const { apiSchemaOf } = require('@portal/schema/compose-lib.cjs') as {
  apiSchemaOf(supergraphSdl: string): unknown;
};
const { printSchema } = require('graphql') as { printSchema(schema: unknown): string };
const supergraph = readFileSync(require.resolve('@portal/schema/supergraph.graphql'), 'utf8');
const apiSchema = printSchema(apiSchemaOf(supergraph));

const config: CodegenConfig = {
  schema: apiSchema,
  documents: ['src/**/*.{ts,tsx}', '!src/__generated__/**'],
  generates: {
    // Typed documents for every graphql(`...`) in src/.
    'src/__generated__/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
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
