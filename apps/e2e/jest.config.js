const preset = require('../../jest.preset.js');

/** End-to-end: one stack of seven processes for the whole run (see src/stack.e2e.spec.ts), driven over HTTP. */
module.exports = {
  ...preset,
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.spec.ts'],
  testTimeout: 180_000,
  maxWorkers: 1,
};
