const unit = require('./jest.config.js');

/** Integration tests against the running stack (`node infra/stack.mjs up` first). */
module.exports = {
  ...unit,
  displayName: 'infra:integration',
  testMatch: ['<rootDir>/test/**/*.integration.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 90_000,
};
