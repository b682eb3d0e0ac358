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
  ],
  // client/e2e: the built web client in headless Chromium against the whole system.
  testMatch: ['**/test/**/*.test.ts', '**/client/e2e/**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj)s$': swc },
  // jose, cookie and pixelmatch ship only ES modules.
  transformIgnorePatterns: ['/node_modules/(?!(jose|cookie|pixelmatch)/)'],
  moduleNameMapper: { '^@portal/platform$': '<rootDir>/services/platform/src/index.ts' },
  globalSetup: '<rootDir>/infra/testing/global-setup.ts',
  globalTeardown: '<rootDir>/infra/testing/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
