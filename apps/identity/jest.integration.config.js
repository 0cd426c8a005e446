const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'identity:integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.integration.spec.ts'],
  testTimeout: 30_000,
  maxWorkers: 1,
};
