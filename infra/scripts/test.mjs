// `npm test`: build, then every Jest project (unit, integration, browser) while lint, format, type
// and freshness checks run beside it at a lower priority; ends with the ten slowest test files and
// one line "N passed, N failed" summed over all of them (each check counts as one).
// Arguments go to Jest (e.g. `npm test -- --selectProjects unit`).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Node's on-disk compile cache for every process the run starts (Jest's workers, the launcher
// tests' subgraphs, the checks): a module compiled once is not compiled again (~20% off a load).
process.env.NODE_COMPILE_CACHE ??= path.join(tmpdir(), 'portal-node-compile-cache');

// Beside Jest: none of them needs what Jest starts, nor the other way round.
const checks = [
  // The type check and ESLint on the same programs (npm run typecheck and npm run lint's work).
  // A larger young generation: the compiler allocates much and short-lived (~20% less CPU).
  [
    'types and lint',
    process.execPath,
    ['--max-semi-space-size=64', path.join(root, 'infra/scripts/check-code.mjs')],
  ],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  [
    'generated resolver types and client documents',
    'npx',
    ['turbo', 'run', 'codegen:check', '--output-logs=errors-only'],
  ],
];

/** Runs a check in the background at a lower priority (Jest's test files come first), output kept. */
function background(name, command, args) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('nice', ['-n', '10', command, ...args], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      resolve({ name, ok: code === 0, output, seconds: (performance.now() - started) / 1000 }),
    );
  });
}

/** The ten test files that took longest, from Jest's JSON results. */
function slowest(summary, count = 10) {
  return summary.testResults
    .map((file) => ({
      file: path.relative(root, file.name),
      seconds: (file.endTime - file.startTime) / 1000,
    }))
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, count);
}

// The `node` development dependency's binary (see infra/test/runtime.unit.test.ts).
console.log(`Node ${process.version}`);

let passed = 0;
let failed = 0;
const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status === 0) passed++;
else {
  failed++;
  console.error('✗ build failed');
}

const checked = Promise.all(checks.map((check) => background(...check)));

const results = path.join(root, '.jest-results.json');
rmSync(results, { force: true });
const jestStarted = performance.now();
const jest = await new Promise((resolve) =>
  spawn('npx', ['jest', '--json', `--outputFile=${results}`, ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  }).on('close', (status) => resolve({ status })),
);
const jestSeconds = (performance.now() - jestStarted) / 1000;

for (const check of await checked) {
  if (check.ok) passed++;
  else {
    failed++;
    process.stderr.write(check.output);
    console.error(`✗ ${check.name} failed`);
  }
  console.log(`${check.ok ? '✓' : '✗'} ${check.name} (${check.seconds.toFixed(0)} s)`);
}

try {
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests + summary.numRuntimeErrorTestSuites;
  console.log(`\nJest ${jestSeconds.toFixed(0)} s; the ten slowest test files:`);
  for (const { file, seconds } of slowest(summary))
    console.log(`${seconds.toFixed(1).padStart(7)} s  ${file}`);
} catch {
  failed++;
  console.error('✗ jest produced no results');
}
if (jest.status !== 0 && failed === 0) failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
