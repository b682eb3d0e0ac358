// `npm test`: build, lint, format, type and freshness checks, then every Jest suite; ends with
// one line "N passed, N failed" summed over all of them (each check counts as one).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { root } from './system.mjs';

const checks = [
  ['build', 'npx', ['turbo', 'run', 'build', '--output-logs=errors-only']],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  [
    'typecheck and generated resolver types',
    'npx',
    ['turbo', 'run', 'typecheck', 'codegen:check', '--output-logs=errors-only'],
  ],
];

// The `node` development dependency's binary (see infra/test/runtime.unit.test.ts).
console.log(`Node ${process.version}`);

let passed = 0;
let failed = 0;
for (const [name, command, args] of checks) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status === 0) passed++;
  else {
    failed++;
    console.error(`✗ ${name} failed`);
  }
}

const results = path.join(root, '.jest-results.json');
rmSync(results, { force: true });
const jest = spawnSync(
  'npx',
  ['jest', '--json', `--outputFile=${results}`, ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
try {
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests + summary.numRuntimeErrorTestSuites;
} catch {
  failed++;
  console.error('✗ jest produced no results');
}
if (jest.status !== 0 && failed === 0) failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
