// The type check and ESLint in one process, on the same TypeScript programs: ESLint's typed rules
// (no-floating-promises, no-misused-promises) need the programs a type check builds, so building
// them once saves building and checking them twice (`npm test` runs this beside Jest).
// Exits 1 on a type error or a lint error, printing them as tsc and ESLint do.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProgram } from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Every Node workspace (tsconfig.json); the web client and its browser tests have their own.
const PROJECTS = ['tsconfig.json', 'client/tsconfig.json', 'client/e2e/tsconfig.json'];

const programs = PROJECTS.map((project) => createProgram(project, root));
const diagnostics = programs.flatMap((program) => ts.getPreEmitDiagnostics(program));
const host = {
  getCanonicalFileName: (file) => file,
  getCurrentDirectory: () => root,
  getNewLine: () => '\n',
};
if (diagnostics.length)
  process.stdout.write(
    process.stdout.isTTY
      ? ts.formatDiagnosticsWithColorAndContext(diagnostics, host)
      : ts.formatDiagnostics(diagnostics, host),
  );

const eslint = new ESLint({
  cwd: root,
  overrideConfig: [
    { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parserOptions: { programs } } },
  ],
});
const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
const report = await formatter.format(results);
if (report) process.stdout.write(report);
const lintErrors = results.reduce((sum, result) => sum + result.errorCount, 0);
console.log(`${diagnostics.length} type errors, ${lintErrors} lint errors`);
process.exit(diagnostics.length || lintErrors ? 1 : 0);
