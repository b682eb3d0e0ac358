/** One Jest run over every workspace: one embedded PostgreSQL, a database per test file. */
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

module.exports = {
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
  // client/e2e: the built web client in headless Chromium against the whole system.
  testMatch: ['**/test/**/*.test.ts', '**/tests/system/*.test.ts', '**/client/e2e/**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj)s$': swc },
  // jose and cookie ship only ES modules.
  transformIgnorePatterns: ['/node_modules/(?!(jose|cookie)/)'],
  moduleNameMapper: {
    '^@portal/platform$': '<rootDir>/services/platform/src/index.ts',
    '^@portal/testkit$': '<rootDir>/packages/testkit/src/index.ts',
    '^@portal/testkit/(.*)$': '<rootDir>/packages/testkit/src/$1',
  },
  globalSetup: '<rootDir>/packages/testkit/src/global-setup.ts',
  globalTeardown: '<rootDir>/packages/testkit/src/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
