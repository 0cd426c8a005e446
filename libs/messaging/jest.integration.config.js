// eslint-disable-next-line @nx/enforce-module-boundaries -- like every jest.config.js, it loads the shared preset by path
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
