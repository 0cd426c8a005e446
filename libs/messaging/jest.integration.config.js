const preset = require('../../jest.preset.js');

/** Integration tests on the real broker and PostgreSQL (`node infra/stack.mjs up`), one file at a time. */
module.exports = {
  ...preset,
  displayName: 'messaging:integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.integration.spec.ts'],
  testTimeout: 180_000,
  maxWorkers: 1,
};
