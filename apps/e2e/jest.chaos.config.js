const preset = require('../../jest.preset.js');

/** Chaos: stacks of their own (ports +500) whose processes the tests kill and restart under load. */
module.exports = {
  ...preset,
  displayName: 'chaos',
  rootDir: __dirname,
  testMatch: ['<rootDir>/chaos/**/*.chaos.spec.ts'],
  testTimeout: 600_000,
  maxWorkers: 1,
};
