const preset = require('../../jest.preset.js');

/** Integration tests on the real PostgreSQL (`node infra/stack.mjs up`), one file at a time. */
module.exports = {
  ...preset,
  displayName: 'service-kit:integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.integration.spec.ts'],
  testTimeout: 60_000,
  maxWorkers: 1,
};
