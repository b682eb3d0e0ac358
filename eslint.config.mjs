import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/__generated__/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      // The same programs as the typecheck (tsconfig.json covers every Node workspace): one each,
      // instead of one per package's tsconfig.json, each of them holding most of the others.
      parserOptions: {
        project: ['./tsconfig.json', './client/tsconfig.json', './client/e2e/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The environment is parsed once, in the platform's environment.ts.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration from environment.ts.' },
      ],
    },
  },
  {
    // The environment parser, and test tooling that sets up the environment of a test run (the
    // devkit's test database harness).
    files: [
      'services/platform/src/environment.ts',
      'packages/devkit/src/harness.ts',
      '**/test/**',
      'packages/testkit/**',
      'tests/**',
      'client/e2e/**',
      'infra/**',
      '**/*.mjs',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The web client runs in the browser, with React's rules of hooks (and the compiler's checks).
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
