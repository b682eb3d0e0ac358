/**
 * Three Jest projects over every workspace (docs/architecture.md, "Tests"):
 * - unit: `*.unit.test.ts`, in-process, no PostgreSQL and no global set-up;
 * - integration: every other `test/**` file and `tests/system`, on the run's one embedded
 *   PostgreSQL (a database per test file) and the supergraph composed once per run;
 * - browser: `client/e2e`, the built web client in headless Chromium against the whole system.
 * `npx jest --selectProjects unit` runs one of them.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: [
    '<rootDir>/services',
    '<rootDir>/gateway',
    '<rootDir>/schema',
    '<rootDir>/infra',
    '<rootDir>/client',
    '<rootDir>/packages',
    '<rootDir>/tests',
  ],
  transform: { '^.+\\.(t|j|mj)s$': swc },
  // jose, cookie, openid-client, oauth4webapi and pixelmatch ship only ES modules.
  transformIgnorePatterns: [
    '/node_modules/(?!(jose|cookie|openid-client|oauth4webapi|pixelmatch)/)',
  ],
  moduleNameMapper: {
    '^@portal/platform$': '<rootDir>/services/platform/src/index.ts',
    '^@portal/platform/edge$': '<rootDir>/services/platform/src/edge.ts',
    '^@portal/event-contracts$': '<rootDir>/packages/event-contracts/src/index.ts',
    '^@portal/devkit$': '<rootDir>/packages/devkit/src/index.ts',
    '^@portal/testkit$': '<rootDir>/packages/testkit/src/index.ts',
    '^@portal/testkit/(.*)$': '<rootDir>/packages/testkit/src/$1',
  },
};

// One PostgreSQL and mail capture for the run: Jest runs a set-up file shared by projects once.
const system = {
  globalSetup: '<rootDir>/packages/testkit/src/global-setup.ts',
  globalTeardown: '<rootDir>/packages/testkit/src/global-teardown.ts',
};

module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['**/*.unit.test.ts'] },
    {
      ...shared,
      ...system,
      displayName: 'integration',
      testMatch: ['**/test/**/*.test.ts', '**/tests/system/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '\\.unit\\.test\\.ts$', '/client/e2e/'],
    },
    {
      ...shared,
      ...system,
      displayName: 'browser',
      testMatch: ['<rootDir>/client/e2e/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '\\.unit\\.test\\.ts$'],
    },
  ],
  // Long files first, also on a fresh clone that has no times of an earlier run.
  testSequencer: '<rootDir>/packages/testkit/src/test-sequencer.js',
  // A worker keeps part of every file it ran (a heap of 600-900 MB after a dozen files, the
  // collector busy): one that holds more than this after a file is replaced by a fresh one
  // (14 files in one worker: 67 s instead of 76 s).
  workerIdleMemoryLimit: '600MB',
  testTimeout: 60_000,
  // Three on two cores: a test file often waits (PostgreSQL, Chromium, timers), so a third keeps
  // both busy (a run here: 462 s instead of 529 s).
  maxWorkers: 3,
};
