const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'rail-mock:integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.integration.spec.ts'],
  testTimeout: 60_000,
  maxWorkers: 1,
};
