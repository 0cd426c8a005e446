const preset = require('../../jest.preset.js');

/** Integration tests on the real broker, PostgreSQL, Redis and identity provider (`node infra/stack.mjs up`), one file at a time. */
module.exports = {
  ...preset,
  displayName: 'eventing:integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.integration.spec.ts'],
  testTimeout: 120_000,
  maxWorkers: 1,
};
